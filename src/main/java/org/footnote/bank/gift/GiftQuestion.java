package org.footnote.bank.gift;

import java.util.List;

/**
 * One question read from, or written to, Moodle's GIFT format.
 *
 * @param category        the latest {@code $CATEGORY:} before it, or null
 * @param markup          the text format marker: html, markdown, plain or moodle (null when absent)
 * @param answers         choices, accepted short answers, numerical answers or matching pairs, in order
 * @param generalFeedback the block's {@code ####} feedback, or null
 * @param line            where the question starts in its file (1-based)
 * @param idNumber        Moodle's {@code // [id:...]} from a comment line of the question, or null
 * @param tags            Moodle's {@code // [tag:...]} from comment lines of the question
 * @param comments        the question's comment lines as written (empty when it has none)
 */
public record GiftQuestion(String name, String category, String markup, String prompt, Type type, List<Answer> answers,
                           String generalFeedback, int line, String idNumber, List<String> tags, String comments) {

    /** The kinds of GIFT question Footnote reads. */
    public enum Type { MULTIPLE_CHOICE, TRUE_FALSE, SHORT_ANSWER, NUMERICAL, MATCHING }

    /**
     * One answer.
     *
     * @param text      the answer (for matching: the left side)
     * @param match     for matching: the right side; else null
     * @param fraction  credit in percent: 100 for right, 0 for wrong, or a weight such as 50 or -25
     * @param tolerance for numerical answers: the allowed error (0 when exact)
     * @param feedback  the answer's own {@code #} feedback, or null
     */
    public record Answer(String text, String match, double fraction, double tolerance, String feedback) {

        public boolean right() {
            return fraction > 0;
        }
    }
}
