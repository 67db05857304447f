package org.footnote.quiz;

import java.util.Locale;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionDetails;
import org.footnote.shared.JsonText;

/** A stored answer as a person reads it: ordering as "a → b → c", true-false capitalised. */
public final class Answers {

    private Answers() {
    }

    public static String display(QuestionDetails q, String given) {
        if (given == null) {
            return "";
        }
        return q.format() == Format.ORDERING ? String.join(" \u2192 ", JsonText.strings(given))
                : q.format() == Format.TRUE_FALSE ? capitalise(given) : given;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
