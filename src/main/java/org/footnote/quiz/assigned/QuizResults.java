package org.footnote.quiz.assigned;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.footnote.bank.QuestionDetails;
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

    /**
     * One slot of the quiz: its statistics, and each question drawn into it (one for a hand-picked
     * question, several for a rule) with its own statistics and answers.
     */
    public record SlotResult(int slot, String label, boolean drawnByRule, ItemAnalysis.Item item, int answered,
                             List<QuestionResult> questions) {

        /** Flagged once two or more students answered: one answer cannot show whether a question discriminates. */
        public boolean weak() {
            return item != null && answered >= 2 && item.weak();
        }
    }

    /**
     * A question as drawn into a slot, over the attempts that met it: how many drew and answered
     * it, its statistics among those students, and the answers they gave.
     *
     * @param item null until someone drew it
     */
    public record QuestionResult(QuestionDetails question, int drawn, int answered, ItemAnalysis.Item item,
                                 List<Choice> choices) {

        public boolean weak() {
            return item != null && answered >= 2 && item.weak();
        }
    }

    /** An answer given to the question, how many gave it, and whether it was right. */
    public record Choice(String answer, int count, boolean correct) {
    }
}
