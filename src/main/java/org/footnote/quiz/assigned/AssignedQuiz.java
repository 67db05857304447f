package org.footnote.quiz.assigned;

import java.time.Instant;
import java.util.List;
import org.footnote.quiz.FeedbackTiming;

/**
 * A quiz handed to the signed-in student, as they see it in Assigned quizzes.
 *
 * @param openAttemptId an attempt started and not yet submitted, to resume; null if none
 */
public record AssignedQuiz(long quizId, String title, String instructions, List<String> classes, int questions,
                           FeedbackTiming feedback, Availability availability, Long openAttemptId, List<Past> attempts) {

    /** A submitted attempt; its score shows once the quiz's feedback setting allows. */
    public record Past(long attemptId, int number, Instant submittedAt, boolean feedbackShown, double score, int outOf,
                       boolean submittedAtTimeLimit) {
    }

    public boolean mayStart() {
        return openAttemptId == null && availability.status() == Availability.Status.OPEN;
    }
}
