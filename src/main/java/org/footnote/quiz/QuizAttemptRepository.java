package org.footnote.quiz;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    Optional<QuizAttempt> findFirstByUserIdAndModeAndStatusOrderByStartedAtDesc(Long userId, QuizAttempt.Mode mode,
                                                                               QuizAttempt.Status status);
}
