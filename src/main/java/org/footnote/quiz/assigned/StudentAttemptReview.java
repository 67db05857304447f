package org.footnote.quiz.assigned;

import java.time.Instant;
import org.footnote.quiz.AttemptSummary;

/**
 * One student's submitted attempt as their instructor reads it: every answer with its verdict and
 * source, as the student sees (or will see) it.
 *
 * @param releasedToStudent whether the quiz has shown the student these results yet
 */
public record StudentAttemptReview(long quizId, String quizTitle, String studentName, int attemptNumber,
                                   Instant submittedAt, boolean releasedToStudent, AttemptSummary summary) {
}
