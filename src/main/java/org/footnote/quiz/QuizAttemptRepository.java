package org.footnote.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    Optional<QuizAttempt> findFirstByUserIdAndModeAndStatusOrderByStartedAtDesc(Long userId, QuizAttempt.Mode mode,
                                                                               QuizAttempt.Status status);

    List<QuizAttempt> findByQuizIdAndUserIdOrderByStartedAt(Long quizId, Long userId);

    List<QuizAttempt> findByUserIdAndModeOrderByStartedAt(Long userId, QuizAttempt.Mode mode);

    List<QuizAttempt> findByQuizIdOrderByStartedAt(Long quizId);

    @Query("select a from QuizAttempt a where a.status = org.footnote.quiz.QuizAttempt.Status.IN_PROGRESS "
            + "and a.deadline <= :now")
    List<QuizAttempt> findOverdue(Instant now);

    @Query("select a from QuizAttempt a where a.status = org.footnote.quiz.QuizAttempt.Status.FINISHED "
            + "and a.fedAt is null and (a.feedbackAfter is null or a.feedbackAfter <= :now)")
    List<QuizAttempt> findFeedbackDue(Instant now);

    /** Attempts still waiting for the closing date: they follow it when it moves. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update QuizAttempt a set a.feedbackAfter = :after where a.quizId = :quizId and a.fedAt is null "
            + "and a.feedbackAfter is not null")
    int moveFeedbackDate(Long quizId, Instant after);

    long countByQuizId(Long quizId);
}
