package org.footnote.quiz.grading;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reduces a typed answer to the words that matter: lower case, no accents, no punctuation, no
 * articles, single spaces. "The C.S.T.O." and "csto" become the same; so do "Rahmon's" and "rahmon".
 */
public final class Normaliser {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s\\b");
    private static final Pattern ABBREVIATION_DOTS = Pattern.compile("(?<=\\b\\p{L})\\.(?=\\p{L}\\b|\\s|$)");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");

    private Normaliser() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = ABBREVIATION_DOTS.matcher(s).replaceAll("");
        s = s.replace('\u2013', ' ').replace('\u2014', ' ').replace('-', ' ');
        return Arrays.stream(NOT_WORD.split(s)).filter(w -> !w.isEmpty() && !ARTICLES.contains(w))
                .collect(Collectors.joining(" "));
    }
}
