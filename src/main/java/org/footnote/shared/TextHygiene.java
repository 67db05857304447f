package org.footnote.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Text people type, made safe to store and show to others: composed into one Unicode form (NFC), so
 * "é" typed two ways is one letter; and without the invisible characters that change how the text
 * around them reads: control characters and line breaks, bidirectional overrides and isolates (one
 * in a roster reverses the next name), zero-width characters. Names refuse them; answers lose them.
 */
public final class TextHygiene {

    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}\\u200B-\\u200F\\u2028-\\u202E\\u2060-\\u2069\\uFEFF\\uFFF9-\\uFFFB]");

    private TextHygiene() {
    }

    /** The text in NFC; null stays null. */
    public static String normalize(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Whether the text has a character a name must not have (see the class comment). */
    public static boolean hasInvisible(String text) {
        return text != null && INVISIBLE.matcher(text).find();
    }

    /** The text in NFC without invisible characters (line breaks and tabs become spaces). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String spaced = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return INVISIBLE.matcher(normalize(spaced)).replaceAll("");
    }

    /** The message beside a name field that has such a character. */
    public static final String INVISIBLE_PROBLEM =
            "Remove the invisible or control characters (line breaks, direction marks) from this name.";
}
