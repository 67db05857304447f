package org.footnote.bank;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuestionRevisionRepository extends JpaRepository<QuestionRevision, Long> {

    List<QuestionRevision> findByQuestionIdOrderByRevisedAtDescIdDesc(String questionId);
}
