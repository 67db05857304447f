package org.footnote.quiz.grading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Typed text reduced to plain words: lower case, accents and typography folded, possessives and
 * the dots of abbreviations dropped ("The U.S.'s" gives {@code the us}), and every other mark a
 * word boundary. Numbers keep their digits only; ordinals lose their suffix ("201st" is 201), since
 * "201" and "201st" name the same division.
 */
final class Words {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}]+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s\\b|(?<=s)'(?=\\s|$)");
    private static final Pattern DOTTED_ABBREVIATION = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
    private static final Pattern ORDINAL = Pattern.compile("\\b(\\d+)(?:st|nd|rd|th)\\b");
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}\\b)");
    private static final Pattern INNER_APOSTROPHE = Pattern.compile("(?<=\\p{L})'(?=\\p{L})");
    /** Anything but letters and digits separates words, except a decimal point ("2.67" is one word). */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}.]+|(?<!\\d)\\.|\\.(?!\\d)");

    private Words() {
    }

    /**
     * Lower case without accents or typographic marks; "&amp;" reads "and". Keeps punctuation, which
     * dates, figures and the split into parts still need.
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u02bc', '\'').replace('`', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2212', '-').replace('\u00a0', ' ')
                .replace("&", " and ");
        s = INVISIBLE.matcher(s).replaceAll(" ");
        return s.toLowerCase(Locale.ROOT).strip();
    }

    /** The words of already folded text, in order. */
    static List<String> split(String folded) {
        String s = DOTTED_ABBREVIATION.matcher(folded).replaceAll(m -> m.group().replace(".", ""));
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = ORDINAL.matcher(s).replaceAll("$1");
        s = THOUSANDS.matcher(s).replaceAll("");
        s = INNER_APOSTROPHE.matcher(s).replaceAll("");
        List<String> out = new ArrayList<>();
        for (String w : NOT_WORD.split(s)) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of any text. */
    static List<String> of(String text) {
        return split(fold(text));
    }

    static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i)) && word.charAt(i) != '.') {
                return false;
            }
        }
        return !word.isEmpty();
    }

    static boolean hasLetter(String word) {
        return word.codePoints().anyMatch(Character::isLetter);
    }
}
