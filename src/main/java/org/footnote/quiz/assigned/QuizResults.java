package org.footnote.quiz.assigned;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.footnote.quiz.results.ItemAnalysis;

/**
 * A quiz's results as its instructor reads them.
 *
 * @param analysis null with fewer than two attempts (no spread to measure)
 */
public record QuizResults(long quizId, String title, boolean firstAttemptsOnly, List<StudentAttempt> attempts,
                          List<SlotResult> slots, ItemAnalysis.Quiz analysis) {

    /** One submitted attempt. Marks are per slot, 0..1 each. */
    public record StudentAttempt(long attemptId, long userId, String name, String username, int number, Instant startedAt,
                                 Duration time, double score, int outOf, boolean submittedAtTimeLimit, double[] marks) {

        public double percent() {
            return outOf == 0 ? 0 : 100 * score / outOf;
        }
    }

    /** One slot of the quiz: its statistics and the answers students gave. */
    public record SlotResult(int slot, String label, ItemAnalysis.Item item, int answered, List<Choice> choices) {

        /** Flagged once two or more students answered: one answer cannot show whether a question discriminates. */
        public boolean weak() {
            return item != null && answered >= 2 && item.weak();
        }
    }

    /** An answer given to a question in the slot, how many gave it, and whether it was right. */
    public record Choice(String question, String answer, int count, boolean correct) {
    }
}
