package org.footnote.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, String> {

    long countByStatus(QuestionStatus status);

    /** Rows of (document id, kind, format, count) over the questions of one status. */
    @Query("select q.document.id, q.kind, q.format, count(q) from Question q where q.status = :status "
            + "group by q.document.id, q.kind, q.format")
    List<Object[]> countByDocumentKindFormat(QuestionStatus status);
}
