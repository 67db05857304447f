package org.footnote.shared.persistence;

/**
 * SQL {@code LIKE} patterns from what a user typed: {@code %} and {@code _} are searched for as
 * themselves, not as wildcards. Queries use them with {@code escape '\'}.
 */
public final class LikePattern {

    public static final char ESCAPE = '\\';

    private LikePattern() {
    }

    /** Matches values containing {@code text} literally. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** {@code text} with the LIKE wildcards and the escape character itself escaped. */
    public static String literal(String text) {
        var escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
