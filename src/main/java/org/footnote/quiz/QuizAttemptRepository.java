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

    /**
     * Attempts past their deadline, locked until the transaction ends: rows that another instance's
     * sweep or a student's request holds are skipped and left to them. Native SQL, because H2 (2.2+)
     * and PostgreSQL spell {@code for update skip locked} alike, while Hibernate 7.4 drops the
     * skip-locked hint on PostgreSQL and only waits.
     */
    @Query(value = "select * from quiz_attempt where status = 'IN_PROGRESS' and deadline <= :now for update skip locked",
            nativeQuery = true)
    List<QuizAttempt> lockOverdue(Instant now);

    /** Submitted attempts whose feedback is due, locked as {@link #lockOverdue}. */
    @Query(value = "select * from quiz_attempt where status = 'FINISHED' and fed_at is null "
            + "and (feedback_after is null or feedback_after <= :now) for update skip locked", nativeQuery = true)
    List<QuizAttempt> lockFeedbackDue(Instant now);

    /** Attempts still waiting for the closing date: they follow it when it moves. */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update QuizAttempt a set a.feedbackAfter = :after where a.quizId = :quizId and a.fedAt is null "
            + "and a.feedbackAfter is not null")
    int moveFeedbackDate(Long quizId, Instant after);

    long countByQuizId(Long quizId);
}
