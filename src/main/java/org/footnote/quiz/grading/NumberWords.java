package org.footnote.quiz.grading;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Numbers written in words: "twenty-five", "seven thousand", "two and a half billion", "three
 * quarters", "a third". ICU4J's spell-out rules parse cardinals too, but took 0.1 to 40 ms a phrase
 * here, read "twenty five" as 2005, and know no fractions; this covers what students write about
 * figures, in microseconds.
 */
final class NumberWords {

    /** A number read from words {@code from} (inclusive) to {@code to} (exclusive). */
    record Read(BigDecimal value, int from, int to, boolean fraction) {
    }

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90), Map.entry("dozen", 12));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L, "million", 1_000_000L,
            "billion", 1_000_000_000L, "trillion", 1_000_000_000_000L);
    private static final Map<String, Integer> PARTS = Map.ofEntries(Map.entry("half", 2), Map.entry("halves", 2),
            Map.entry("third", 3), Map.entry("thirds", 3), Map.entry("quarter", 4), Map.entry("quarters", 4),
            Map.entry("fourth", 4), Map.entry("fourths", 4), Map.entry("fifth", 5), Map.entry("fifths", 5),
            Map.entry("tenth", 10), Map.entry("tenths", 10));

    private NumberWords() {
    }

    /** The longest number in words that starts at {@code from}, if one does. */
    static Read read(List<String> words, int from) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal group = BigDecimal.ZERO;
        boolean any = false;
        boolean fraction = false;
        int i = from;
        int end = from;
        while (i < words.size()) {
            String w = words.get(i);
            Integer unit = UNITS.get(w);
            Long scale = SCALES.get(w);
            Integer part = PARTS.get(w);
            if (unit != null) {
                group = group.add(BigDecimal.valueOf(unit));
                any = true;
                end = ++i;
            } else if (scale != null && (any || isArticle(words, i - 1))) {
                BigDecimal base = any ? group : BigDecimal.ONE;
                if (scale == 100) {
                    group = base.multiply(BigDecimal.valueOf(100));
                } else {
                    total = total.add(base.multiply(BigDecimal.valueOf(scale)));
                    group = BigDecimal.ZERO;
                }
                any = true;
                end = ++i;
            } else if (part != null && (any || isArticle(words, i - 1) || i == from)) {
                // "three quarters", "a half"; "two and a half" adds a half to two.
                BigDecimal count = any && !group.equals(BigDecimal.ZERO) ? group : BigDecimal.ONE;
                BigDecimal share = count.divide(BigDecimal.valueOf(part), 6, java.math.RoundingMode.HALF_UP);
                if (i >= 2 && words.get(i - 2).equals("and") && isArticle(words, i - 1)) {
                    group = group.add(BigDecimal.ONE.divide(BigDecimal.valueOf(part), 6, java.math.RoundingMode.HALF_UP));
                } else {
                    group = share;
                    fraction = total.signum() == 0;
                }
                any = true;
                end = ++i;
            } else if (any && w.equals("point") && i + 1 < words.size() && digit(words.get(i + 1)) >= 0) {
                // "two point five": the digits after "point" one by one
                StringBuilder decimals = new StringBuilder();
                int j = i + 1;
                while (j < words.size() && digit(words.get(j)) >= 0) {
                    decimals.append(digit(words.get(j++)));
                }
                group = group.add(new BigDecimal("0." + decimals));
                end = i = j;
            } else if (any && (w.equals("and") || isArticle(words, i)) && i + 1 < words.size()
                    && (UNITS.containsKey(words.get(i + 1)) || PARTS.containsKey(words.get(i + 1))
                    || isArticle(words, i + 1) || SCALES.containsKey(words.get(i + 1)) && isArticle(words, i))) {
                i++;
            } else if (!any && isArticle(words, i) && i + 1 < words.size()
                    && (SCALES.containsKey(words.get(i + 1)) || PARTS.containsKey(words.get(i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        BigDecimal value = total.add(group).stripTrailingZeros();
        return new Read(value, from, end, fraction);
    }

    private static int digit(String word) {
        Integer unit = UNITS.get(word);
        return unit != null && unit < 10 ? unit : word.equals("oh") ? 0 : -1;
    }

    private static boolean isArticle(List<String> words, int i) {
        return i >= 0 && i < words.size() && (words.get(i).equals("a") || words.get(i).equals("an"));
    }
}
