package org.footnote.quiz.grading;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as students write it, reduced to year, month and day (the last two optional), so that
 * "27 June 1997", "June 27, 1997", "27th of June 1997", "1997-06-27" and "27.06.1997" are equal.
 */
record DateAnswer(int year, int month, int day) {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october"
            + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String YEAR = "(\\d{4})";
    private static final Pattern ISO = Pattern.compile(YEAR + "-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./]" + YEAR);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+" + DAY + ",?\\s+" + YEAR);
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s+(?:of\\s+)?" + YEAR);
    private static final Pattern YEAR_ONLY = Pattern.compile("(?:in\\s+)?" + YEAR);

    /** Parses the whole text as a date; anything more than a date gives empty. */
    static Optional<DateAnswer> parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^(on|in) ", "");
        Matcher m;
        if ((m = ISO.matcher(s)).matches()) {
            return of(num(m, 1), num(m, 2), m.group(3) == null ? 0 : num(m, 3));
        }
        if ((m = NUMERIC.matcher(s)).matches()) {
            // Day first, as in the documents' British and Russian usage.
            return of(num(m, 3), num(m, 2), num(m, 1));
        }
        if ((m = DAY_MONTH_YEAR.matcher(s)).matches()) {
            return of(num(m, 3), MONTHS.get(m.group(2)), num(m, 1));
        }
        if ((m = MONTH_DAY_YEAR.matcher(s)).matches()) {
            return of(num(m, 3), MONTHS.get(m.group(1)), num(m, 2));
        }
        if ((m = MONTH_YEAR.matcher(s)).matches()) {
            return of(num(m, 2), MONTHS.get(m.group(1)), 0);
        }
        if ((m = YEAR_ONLY.matcher(s)).matches()) {
            return of(num(m, 1), 0, 0);
        }
        return Optional.empty();
    }

    private static Optional<DateAnswer> of(int year, int month, int day) {
        if (month < 0 || month > 12 || day < 0 || day > 31 || (month == 0 && day != 0)) {
            return Optional.empty();
        }
        return Optional.of(new DateAnswer(year, month, day));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
