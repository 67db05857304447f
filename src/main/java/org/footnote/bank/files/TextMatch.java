package org.footnote.bank.files;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How quotes are matched against documents: verbatim, except that runs of white space count as
 * one space and typographic quotes, apostrophes and dashes count as their plain forms (the cleaned
 * documents keep the typography of their sources; a bank author's keyboard may not).
 */
public final class TextMatch {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TextMatch() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
                .replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-').replace('\u00a0', ' ');
        return SPACE.matcher(plain).replaceAll(" ").strip();
    }

    /** Whether {@code part} stands in {@code whole}, verbatim after folding. */
    public static boolean contains(String whole, String part) {
        String p = fold(part);
        return !p.isEmpty() && fold(whole).contains(p);
    }

    /** Whether {@code part} stands in {@code whole}, ignoring case as well. */
    public static boolean containsIgnoringCase(String whole, String part) {
        String p = fold(part).toLowerCase(Locale.ROOT);
        return !p.isEmpty() && fold(whole).toLowerCase(Locale.ROOT).contains(p);
    }
}
