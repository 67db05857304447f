package org.footnote.quiz;

import java.util.List;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;

/**
 * One question of an attempt as the student meets it.
 *
 * @param position 0-based
 * @param options  multiple choice and true-false: the choices, in the order shown; ordering: the
 *                 items, shuffled; short answer: empty
 * @param feedback present once answered (possibly {@link Feedback#saved} only)
 */
public record QuizQuestion(long attemptId, int position, int total, Kind kind, Format format, String prompt,
                           List<String> options, Feedback feedback, AttemptFrame frame) {

    public boolean answered() {
        return feedback != null;
    }

    public boolean last() {
        return position == total - 1;
    }
}
