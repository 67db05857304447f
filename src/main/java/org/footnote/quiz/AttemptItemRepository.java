package org.footnote.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AttemptItemRepository extends JpaRepository<AttemptItem, Long> {

    List<AttemptItem> findByAttemptIdOrderByPosition(Long attemptId);

    Optional<AttemptItem> findByAttemptIdAndPosition(Long attemptId, int position);

    int countByAttemptId(Long attemptId);

    /**
     * One item with its attempt and the attempt's number of items, in one read: what every answer and
     * every "Next" needs. Each row: the item, the attempt, the count.
     */
    @Query("select i, a, (select count(x) from AttemptItem x where x.attemptId = a.id) from AttemptItem i "
            + "join QuizAttempt a on a.id = i.attemptId where i.attemptId = :attemptId and i.position = :position")
    List<Object[]> findWithAttempt(Long attemptId, int position);

    List<AttemptItem> findByAttemptIdIn(java.util.Collection<Long> attemptIds);

    /**
     * Records an answer only if the item has none yet; returns 0 when it had one (a double
     * click, a second tab, a resubmission), so an answer is never recorded twice.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AttemptItem i set i.givenAnswer = :given, i.correct = :correct, i.score = :score, "
            + "i.nearMiss = :nearMiss, i.gradeNote = :note, i.answeredAt = :at, i.timeTakenMs = :timeTakenMs "
            + "where i.id = :id and i.answeredAt is null")
    int recordAnswer(Long id, String given, boolean correct, double score, boolean nearMiss, String note, Instant at,
                     long timeTakenMs);

    /** Replaces an answer whose result the student has not seen (an assigned quiz before its feedback). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AttemptItem i set i.givenAnswer = :given, i.correct = :correct, i.score = :score, "
            + "i.nearMiss = :nearMiss, i.gradeNote = :note, i.answeredAt = :at, i.timeTakenMs = :timeTakenMs where i.id = :id")
    int replaceAnswer(Long id, String given, boolean correct, double score, boolean nearMiss, String note, Instant at,
                      long timeTakenMs);

    /**
     * The student's "I was right": counts a wrong answer as right, once; returns 0 when the answer was
     * right already or overridden before (a double click, a second tab).
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AttemptItem i set i.correct = true, i.score = 1, i.override = org.footnote.quiz.AnswerOverride.CLAIMED, "
            + "i.overriddenAt = :at where i.id = :id and i.correct = false and i.override is null")
    int claim(Long id, Instant at);

    /** A verdict changed on review: by a re-grade with a new accepted form, or an instructor's rejection. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update AttemptItem i set i.correct = :correct, i.score = :score, i.nearMiss = :nearMiss, i.gradeNote = :note, "
            + "i.override = :override where i.id = :id")
    int regrade(Long id, boolean correct, double score, boolean nearMiss, String note, AnswerOverride override);

    /** Answered items of one question that a review may change: wrong, or overridden by a person. */
    @Query("select i from AttemptItem i where i.questionId = :questionId and i.answeredAt is not null "
            + "and (i.correct = false or i.override is not null) order by i.id")
    List<AttemptItem> findReviewable(String questionId);

    /** Every answered item of one learner whose result they have seen, latest first: (question id, correct). */
    @Query("select i.questionId, i.correct from AttemptItem i, QuizAttempt a where i.attemptId = a.id "
            + "and a.userId = :userId and a.fedAt is not null and i.answeredAt is not null order by i.answeredAt desc")
    List<Object[]> answerHistory(Long userId);
}
