package org.footnote.quiz;

import java.time.Duration;
import java.util.List;

/**
 * The end of an attempt: score, time and each question. While an assigned quiz keeps its feedback
 * back ({@code frame.feedbackShown()} false and not yet shown), lines carry no correctness and the score is 0.
 */
public record AttemptSummary(long attemptId, int total, int answered, double score, Duration time, List<Line> lines,
                             AttemptFrame frame, boolean submittedAtTimeLimit) {

    /** One question of the attempt. */
    public record Line(int position, String prompt, boolean answered, boolean correct, double score, String givenAnswer,
                       String correctAnswer) {
    }

    public long rightCount() {
        return lines.stream().filter(Line::correct).count();
    }

    public long missedCount() {
        return lines.stream().filter(l -> l.answered() && !l.correct()).count();
    }

    /** Score in percent of the questions answered, rounded. */
    public int percent() {
        return answered == 0 ? 0 : (int) Math.round(100 * score / answered);
    }
}
