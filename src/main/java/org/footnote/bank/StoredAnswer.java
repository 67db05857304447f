package org.footnote.bank;

import java.util.List;
import java.util.Locale;
import org.footnote.shared.JsonText;

/**
 * A learner's answer as stored (an ordering as a JSON list of items) and as people read it: never
 * the raw JSON.
 */
public final class StoredAnswer {

    private StoredAnswer() {
    }

    /** In one line: an ordering as "a → b → c", true-false capitalised. */
    public static String display(Format format, String stored) {
        if (stored == null) {
            return "";
        }
        List<String> items = items(format, stored);
        return !items.isEmpty() ? String.join(" \u2192 ", items)
                : format == Format.TRUE_FALSE ? capitalise(stored) : stored;
    }

    /** An ordering's items in the order given; empty for other formats (or an unreadable value). */
    public static List<String> items(Format format, String stored) {
        if (format != Format.ORDERING || stored == null || !stored.startsWith("[")) {
            return List.of();
        }
        try {
            return JsonText.strings(stored);
        } catch (RuntimeException notAList) {
            return List.of();
        }
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    }
}
