package org.footnote.quiz.assigned;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizOverrideRepository extends JpaRepository<QuizOverride, QuizOverride.Key> {

    List<QuizOverride> findByQuizId(Long quizId);

    List<QuizOverride> findByUserId(Long userId);
}
