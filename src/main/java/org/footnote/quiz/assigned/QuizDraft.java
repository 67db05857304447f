package org.footnote.quiz.assigned;

import java.util.List;
import java.util.Set;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;

/**
 * A quiz as its author edits it.
 *
 * @param attempted once students have attempts, its questions are fixed (results compare slot by slot)
 */
public record QuizDraft(long id, QuizSettings settings, List<Slot> slots, Set<Long> classIds, List<StudentOverride> overrides,
                        boolean attempted, long attempts) {

    /**
     * One slot as the author reads it.
     *
     * @param available rules: how many active questions match; questions: 1 if active, else 0
     */
    public record Slot(SlotSpec spec, String label, Kind kind, Format format, String documentId, int available) {

        public boolean shortOfQuestions() {
            return available < spec.size();
        }
    }

    /** A student's exception, with their name. */
    public record StudentOverride(long userId, String name, OverrideTerms terms) {
    }

    /** Questions in each attempt (rules count for as many as they draw). */
    public int questionsPerAttempt() {
        return slots.stream().mapToInt(s -> s.spec().size()).sum();
    }
}
