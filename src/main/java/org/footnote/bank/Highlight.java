package org.footnote.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footnote.bank.files.TextMatch;

/**
 * Splits a text around the first occurrence of a phrase, matched as quotes are (white space
 * folded, typographic quotes and dashes as their plain forms, case ignored), so that views can
 * mark the phrase without knowing how it was typed.
 */
public final class Highlight {

    /** A run of text, marked or not. */
    public record Segment(String text, boolean marked) {
    }

    private Highlight() {
    }

    public static List<Segment> split(String text, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return List.of(new Segment(text, false));
        }
        Matcher m = pattern(phrase).matcher(text);
        if (!m.find()) {
            return List.of(new Segment(text, false));
        }
        List<Segment> segments = new ArrayList<>();
        if (m.start() > 0) {
            segments.add(new Segment(text.substring(0, m.start()), false));
        }
        segments.add(new Segment(m.group(), true));
        if (m.end() < text.length()) {
            segments.add(new Segment(text.substring(m.end()), false));
        }
        return segments;
    }

    public static boolean contains(String text, String phrase) {
        return phrase != null && !phrase.isBlank() && pattern(phrase).matcher(text).find();
    }

    static Pattern pattern(String phrase) {
        StringBuilder regex = new StringBuilder();
        for (String word : TextMatch.fold(phrase).split(" ")) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            for (char c : word.toCharArray()) {
                regex.append(switch (c) {
                    case '\'' -> "['\u2018\u2019]";
                    case '"' -> "[\"\u201c\u201d]";
                    case '-' -> "[-\u2013\u2014]";
                    default -> Pattern.quote(String.valueOf(c));
                });
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

}
