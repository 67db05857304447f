package org.footnote.quiz;

import java.util.List;
import org.footnote.bank.SourcePassage;

/**
 * What a student sees after answering: never a grade without its source.
 *
 * @param shown  false while an assigned quiz keeps correctness back: then only the given answer is set
 * @param score  0..1; for ordering, the share of items in place
 * @param items  ordering only: the right order, each with whether the student had it in place
 * @param note   typed answers: the grader's reason ("missing idea: crisis"), or null
 * @param override a person's change of the verdict, or null
 * @param claimable whether the student may still say "I was right" (a wrong typed answer in practice)
 * @param answered false for a question left unanswered when the attempt ended: it counts as wrong
 */
public record Feedback(boolean shown, boolean correct, double score, boolean nearMiss, String givenAnswer, String correctAnswer,
                       String explanation, SourcePassage source, List<OrderedItem> items, String note,
                       AnswerOverride override, boolean claimable, boolean answered) {

    public Feedback(boolean shown, boolean correct, double score, boolean nearMiss, String givenAnswer,
                    String correctAnswer, String explanation, SourcePassage source, List<OrderedItem> items) {
        this(shown, correct, score, nearMiss, givenAnswer, correctAnswer, explanation, source, items, null, null, false, true);
    }

    /** An ordering item in its right place, with the passage that dates it. */
    public record OrderedItem(int rightPosition, String text, boolean studentHadItInPlace, SourcePassage source) {
    }

    /** The answer was saved; whether it is right is kept back for now. */
    public static Feedback saved(String givenAnswer) {
        return new Feedback(false, false, 0, false, givenAnswer, "", null, null, List.of());
    }

    /** "Correct", "Correct (spelling)", "Partly correct: 2 of 4 in place", "Wrong", "Not answered". */
    public String verdict() {
        if (!answered) {
            return "Not answered";
        }
        if (override == AnswerOverride.CLAIMED) {
            return "Counted as right: you said you were right";
        }
        if (override == AnswerOverride.ACCEPTED) {
            return "Correct: accepted on review";
        }
        if (override == AnswerOverride.REJECTED) {
            return "Wrong: reviewed by an instructor";
        }
        if (correct) {
            return nearMiss ? "Correct, with a spelling slip" : "Correct";
        }
        if (!items.isEmpty() && score > 0) {
            long inPlace = items.stream().filter(OrderedItem::studentHadItInPlace).count();
            return "Partly correct: " + inPlace + " of " + items.size() + " in place";
        }
        return "Wrong";
    }
}
