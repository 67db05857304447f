package org.footnote.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuestionRepository extends JpaRepository<Question, String> {

    long countByStatus(QuestionStatus status);

    @Query("select q.quote from Question q where q.document.id = :documentId and q.status = :status")
    List<String> findQuotes(String documentId, QuestionStatus status);

    @Query("select new org.footnote.bank.QuestionRef(q.id, q.document.id, q.kind, q.format) from Question q "
            + "where q.status = :status order by q.id")
    List<QuestionRef> findRefsByStatus(QuestionStatus status);

    /** Rows of (document id, kind, format, count) over the questions of one status. */
    @Query("select q.document.id, q.kind, q.format, count(q) from Question q where q.status = :status "
            + "group by q.document.id, q.kind, q.format")
    List<Object[]> countByDocumentKindFormat(QuestionStatus status);
}
