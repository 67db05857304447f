package org.footnote.quiz.grading;

/**
 * The result of grading one answer.
 *
 * @param score    between 0 and 1; partial for ordering questions (share of items in place)
 * @param nearMiss accepted although misspelt; the correct spelling should be shown
 */
public record Grade(boolean correct, double score, boolean nearMiss) {

    public static final Grade RIGHT = new Grade(true, 1, false);
    public static final Grade WRONG = new Grade(false, 0, false);
    public static final Grade NEAR_MISS = new Grade(true, 1, true);
}
