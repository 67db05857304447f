package org.footnote.quiz.grading;

/**
 * The result of grading one answer.
 *
 * @param score    between 0 and 1; partial for ordering questions (share of items in place)
 * @param nearMiss accepted although misspelt; the correct spelling should be shown
 * @param reason   why, in a few words: "the same date", "a different year (1992)", "missing idea: crisis"
 */
public record Grade(boolean correct, double score, boolean nearMiss, String reason) {

    public static final Grade RIGHT = right("matches the answer");
    public static final Grade WRONG = wrong("does not match the answer");

    public static Grade right(String reason) {
        return new Grade(true, 1, false, reason);
    }

    public static Grade nearMiss(String reason) {
        return new Grade(true, 1, true, reason);
    }

    public static Grade wrong(String reason) {
        return new Grade(false, 0, false, reason);
    }

    /** {@code RIGHT}, {@code NEAR_MISS} or {@code WRONG}, as the bank authors' grading command prints it. */
    public String verdict() {
        return !correct ? "WRONG" : nearMiss ? "NEAR_MISS" : "RIGHT";
    }
}
