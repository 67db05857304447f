package org.footnote.quiz;

import java.time.Duration;
import java.util.List;

/**
 * The end of an attempt: score, time and each question. While an assigned quiz keeps its feedback
 * back ({@code frame.feedbackShown()} false and not yet shown), lines carry no correctness and the score is 0.
 */
public record AttemptSummary(long attemptId, int total, int answered, double score, Duration time, List<Line> lines,
                             AttemptFrame frame, boolean submittedAtTimeLimit) {

    /**
     * One question of the attempt.
     *
     * @param review its feedback (verdict, both answers, source), answered or not; null while held back
     */
    public record Line(int position, String prompt, boolean answered, boolean correct, double score, String givenAnswer,
                       String correctAnswer, Feedback review) {
    }

    public long rightCount() {
        return lines.stream().filter(Line::correct).count();
    }

    /** Answered wrong; unanswered ones are wrong too but were never tried, so they are counted apart. */
    public long missedCount() {
        return lines.stream().filter(l -> l.answered() && !l.correct()).count();
    }

    public long unansweredCount() {
        return lines.stream().filter(l -> !l.answered()).count();
    }

    /** Score in percent of all the questions, rounded: one left unanswered scores 0, as in the instructor's results. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.round(100 * score / total);
    }
}
