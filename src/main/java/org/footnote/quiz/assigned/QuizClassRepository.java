package org.footnote.quiz.assigned;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizClassRepository extends JpaRepository<QuizClass, QuizClass.Key> {

    List<QuizClass> findByQuizId(Long quizId);
}
