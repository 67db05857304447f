package org.footnote.quiz.grading;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure as students write it: a value (with thousands separators, decimals, and scale words
 * such as "million" or "bn") and an optional unit ("%", "per cent", "$", "km", "troops"), so
 * that "7,000", "7000" and "7 000 troops" are equal, as are "45%" and "45 per cent".
 */
record NumberAnswer(BigDecimal value, String unit) {

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand", BigDecimal.valueOf(1_000), "k", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000), "mln", BigDecimal.valueOf(1_000_000), "m", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000), "bn", BigDecimal.valueOf(1_000_000_000), "b", BigDecimal.valueOf(1_000_000_000));
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("%", "percent"), Map.entry("percent", "percent"), Map.entry("per cent", "percent"),
            Map.entry("pc", "percent"), Map.entry("$", "usd"), Map.entry("usd", "usd"), Map.entry("dollars", "usd"),
            Map.entry("us dollars", "usd"), Map.entry("dollar", "usd"), Map.entry("us$", "usd"),
            Map.entry("km", "km"), Map.entry("kilometres", "km"), Map.entry("kilometers", "km"),
            Map.entry("miles", "mile"), Map.entry("mile", "mile"));
    private static final Pattern NUMBER = Pattern.compile(
            "^(?:about |around |approximately |some |roughly |over |more than |nearly |almost |c\\. |~)?"
                    + "(us\\$|\\$)?\\s*(\\d{1,3}(?:[, \u00a0]\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*"
                    + "(?:(thousand|million|billion|mln|bn|k|m|b)\\b)?\\s*(.*)$");

    static Optional<NumberAnswer> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Matcher m = NUMBER.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2).replaceAll("[, \u00a0]", "");
        BigDecimal value = new BigDecimal(m.group(3) == null ? digits : digits + "." + m.group(3));
        if (m.group(4) != null) {
            value = value.multiply(SCALES.get(m.group(4)));
        }
        String rest = m.group(5).strip().replaceFirst("^of ", "");
        String unit = m.group(1) != null ? "usd" : UNITS.getOrDefault(rest, rest.isEmpty() ? null : Normaliser.normalise(rest));
        if (m.group(1) != null && !rest.isEmpty() && !"usd".equals(UNITS.get(rest))) {
            return Optional.empty();
        }
        return Optional.of(new NumberAnswer(value.stripTrailingZeros(), unit));
    }

    /** Same value; the units agree where both are given (a bare number matches "7,000 troops"). */
    boolean matches(NumberAnswer expected) {
        return value.compareTo(expected.value) == 0 && (unit == null || expected.unit == null || unit.equals(expected.unit));
    }
}
