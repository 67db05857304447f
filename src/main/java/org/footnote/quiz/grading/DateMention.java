package org.footnote.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date named in an answer, as precise as the student made it: a year, a month and year, or a day,
 * month and year (any part may be missing). Found in every unambiguous form students write:
 * "27 June 1997", "June 27th, 1997", "the 27th of June 1997", "1997-06-27", "27.06.1997",
 * "08/1991", "Aug. 1991", "Feb '99", "1997". A numeric date whose day and month could be swapped
 * ("06/11/2024") is read day first, as in the documents; the month-first reading is kept as the
 * alternative. A decade ("the 1990s") and a range ("1992-97") are found as such, so they never pass
 * for one year.
 *
 * @param alternative the month-first reading of an ambiguous numeric date, or null
 * @param slip        a month name with a slip of the fingers ("Agust")
 * @param decade      the first year of a decade named as such, or null
 */
record DateMention(Integer year, Integer month, Integer day, DateMention alternative, boolean slip, Integer decade) {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));
    private static final List<String> FULL_MONTHS = List.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december");

    private static final Pattern ISO_DAY = Pattern.compile("(?<![\\d.,])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC_DAY = Pattern.compile("(?<![\\d.,])(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern YEAR_RANGE = Pattern.compile(
            "(?<![\\d.,])(\\d{4})\\s*(?:-|/|to|until|till|and|through)\\s*(\\d{4}|\\d{2})(?![\\d])(?!\\s*[./-]\\s*\\d)");
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d.,])(\\d{4})[-/.](\\d{1,2})(?![\\d])");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?<![\\d.,])(\\d{1,2})[-/.](\\d{4})(?![\\d])");
    private static final Pattern DECADE = Pattern.compile("(?<!\\d)(\\d{3}0)'?s\\b|(?<![\\d\\w])'?(\\d0)s\\b");
    private static final Pattern TOKEN = Pattern.compile("'\\d{2}\\b|\\d+(?:st|nd|rd|th)?|\\p{L}+");

    static DateMention of(Integer year, Integer month, Integer day) {
        return new DateMention(year, month, day, null, false, null);
    }

    /** Every date named in folded text, in order. */
    static List<DateMention> find(String folded) {
        List<DateMention> found = new ArrayList<>();
        StringBuilder rest = new StringBuilder(folded);
        consume(rest, ISO_DAY, m -> valid(num(m, 1), num(m, 3), num(m, 4), found));
        consume(rest, NUMERIC_DAY, m -> numericDay(num(m, 1), num(m, 2), year(m.group(3)), found));
        consume(rest, YEAR_RANGE, m -> range(m, found));
        consume(rest, YEAR_MONTH, m -> valid(num(m, 1), num(m, 2), null, found));
        consume(rest, MONTH_YEAR, m -> valid(num(m, 2), num(m, 1), null, found));
        consume(rest, DECADE, m -> {
            int decade = m.group(1) != null ? num(m, 1) : year(m.group(2));
            found.add(new DateMention(null, null, null, null, false, decade));
            return true;
        });
        words(rest.toString(), found);
        return found;
    }

    private interface Reading {
        boolean take(Matcher m);
    }

    /** Applies {@code reading} to each match, blanking the text it used so that later patterns don't read it again. */
    private static void consume(StringBuilder text, Pattern pattern, Reading reading) {
        Matcher m = pattern.matcher(text.toString());
        while (m.find()) {
            if (reading.take(m)) {
                for (int i = m.start(); i < m.end(); i++) {
                    text.setCharAt(i, ' ');
                }
            }
        }
    }

    private static boolean numericDay(int first, int second, int year, List<DateMention> out) {
        if (first > 12 && second <= 12) {
            return valid(year, second, first, out);
        }
        if (second > 12 && first <= 12) {
            return valid(year, first, second, out); // month first: it cannot be day first
        }
        if (first > 31 || second > 31) {
            return false;
        }
        DateMention monthFirst = first == second ? null : of(year, first, second);
        out.add(new DateMention(year, second, first, monthFirst, false, null));
        return true;
    }

    private static boolean range(Matcher m, List<DateMention> out) {
        int from = num(m, 1);
        String end = m.group(2);
        int to = end.length() == 2 ? from / 100 * 100 + Integer.parseInt(end) : Integer.parseInt(end);
        if (end.length() == 2 && Integer.parseInt(end) <= 12 && m.group().matches("\\d{4}[-/]\\d{2}")) {
            return false; // 1991-08 is a month, read by YEAR_MONTH
        }
        out.add(of(from, null, null));
        out.add(of(to, null, null));
        return true;
    }

    private static boolean valid(Integer year, Integer month, Integer day, List<DateMention> out) {
        if (month != null && (month < 1 || month > 12) || day != null && (day < 1 || day > 31)) {
            return false;
        }
        out.add(of(year, month, day));
        return true;
    }

    /** Dates with the month in words, then years on their own. */
    private static void words(String text, List<DateMention> out) {
        List<String> t = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            t.add(m.group());
        }
        boolean[] used = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            Integer month = MONTHS.get(t.get(i));
            if (month == null) {
                month = shortMonth(t.get(i));
            }
            boolean slip = false;
            if (month == null && t.get(i).length() >= 3) {
                month = slipOfMonth(t.get(i));
                slip = month != null;
            }
            if (month == null) {
                continue;
            }
            Integer day = null;
            Integer year = null;
            int first = i;
            int last = i;
            int before = i >= 2 && t.get(i - 1).equals("of") ? i - 1 : i; // "the 11th of June"
            int[] spokenBefore = dayEndingAt(t, before - 1);
            if (spokenBefore != null) {
                day = spokenBefore[0];
                first = spokenBefore[1];
            }
            int j = i + 1;
            if (j < t.size() && t.get(j).equals("of")) {
                j++;
            }
            boolean dayBefore = day != null;
            int[] spokenAfter = day == null ? dayAt(t, j) : null;
            if (spokenAfter != null) {
                day = spokenAfter[0];
                last = spokenAfter[1] - 1;
                j = spokenAfter[1];
                if (j + 1 < t.size() && day(t.get(j)) != null && isYear(t.get(j + 1))) {
                    day = null; // "August 19-21, 1991": a span of days, the month still named
                    last = j++;
                }
            }
            int[] spokenYear = j < t.size() && !isYear(t.get(j)) ? yearInWords(t, j) : null;
            if (j < t.size() && (isYear(t.get(j)) || twoDigitYear(t.get(j), dayBefore))) {
                year = year(t.get(j));
                last = j;
            } else if (spokenYear != null) {
                year = spokenYear[0];
                last = spokenYear[1] - 1;
            } else if (first > 0 && isYear(t.get(first - 1)) && t.get(first - 1).length() == 4) {
                year = year(t.get(first - 1)); // "1997, June"
                first--;
            }
            if (month == 5 && day == null && year == null) {
                continue; // "may" the verb
            }
            for (int k = first; k <= last; k++) {
                used[k] = true;
            }
            out.add(new DateMention(year, month, day, null, slip, null));
        }
        for (int i = 0; i < t.size(); i++) {
            if (!used[i] && (t.get(i).length() == 4 && isYear(t.get(i)) || t.get(i).startsWith("'"))) {
                out.add(of(year(t.get(i)), null, null));
            } else if (!used[i]) {
                int[] spoken = yearInWords(t, i);
                if (spoken != null) {
                    out.add(of(spoken[0], null, null));
                    i = spoken[1] - 1;
                }
            }
        }
    }

    /** "nineteen ninety-seven", "twenty forty-two", "two thousand and twenty-four": {year, end}. */
    private static int[] yearInWords(List<String> t, int i) {
        NumberWords.Read whole = NumberWords.read(t, i);
        if (whole == null) {
            return null;
        }
        int value = whole.value().intValue();
        if (value >= 1000 && value <= 2199 && whole.value().scale() <= 0) {
            return new int[] {value, whole.to()};
        }
        NumberWords.Read century = NumberWords.read(t.subList(0, Math.min(t.size(), i + 1)), i);
        if (century == null || century.value().intValue() < 10 || century.value().intValue() > 20) {
            return null;
        }
        NumberWords.Read rest = NumberWords.read(t, i + 1);
        if (rest == null || rest.value().intValue() < 1 || rest.value().intValue() > 99 || rest.value().scale() > 0) {
            return null;
        }
        return new int[] {century.value().intValue() * 100 + rest.value().intValue(), rest.to()};
    }

    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth");

    /** A day at {@code i}, in digits ("11", "11th") or words ("eleventh", "twenty fifth"): {day, end}. */
    private static int[] dayAt(List<String> t, int i) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        if (day(t.get(i)) != null) {
            return new int[] {day(t.get(i)), i + 1};
        }
        int ordinal = ORDINALS.indexOf(t.get(i)) + 1;
        if (ordinal > 0) {
            return new int[] {ordinal, i + 1};
        }
        if (t.get(i).equals("thirtieth")) {
            return new int[] {30, i + 1};
        }
        int tens = t.get(i).equals("twenty") ? 20 : t.get(i).equals("thirty") ? 30 : 0;
        int unit = i + 1 < t.size() ? ORDINALS.indexOf(t.get(i + 1)) + 1 : 0;
        return tens > 0 && unit > 0 && unit < 10 && tens + unit <= 31 ? new int[] {tens + unit, i + 2} : null;
    }

    /** A day whose last word is at {@code end}: {day, first word}. */
    private static int[] dayEndingAt(List<String> t, int end) {
        for (int from = Math.max(0, end - 1); from <= end; from++) {
            int[] d = dayAt(t, from);
            if (d != null && d[1] == end + 1) {
                return new int[] {d[0], from};
            }
        }
        return null;
    }

    /** "Febr", "Sept", "Octo": the start of a month's name, four letters or more. */
    private static Integer shortMonth(String word) {
        if (word.length() < 4) {
            return null;
        }
        for (String name : FULL_MONTHS) {
            if (name.startsWith(word)) {
                return MONTHS.get(name);
            }
        }
        return null;
    }

    /** "Jun 97": two digits after a month are its year when they cannot be a day, or when the day is known. */
    private static boolean twoDigitYear(String token, boolean dayKnown) {
        return token.matches("\\d{2}") && (dayKnown || Integer.parseInt(token) > 31);
    }

    private static Integer slipOfMonth(String word) {
        for (String name : MONTHS.keySet()) {
            boolean swapped = name.length() == 3 && word.length() == 3 && !word.equals(name)
                    && word.chars().sorted().boxed().toList().equals(name.chars().sorted().boxed().toList())
                    && word.charAt(0) == name.charAt(0);
            if (swapped || name.length() > 3 && Typos.isSlip(word, name)) {
                return MONTHS.get(name);
            }
        }
        return null;
    }

    private static Integer day(String token) {
        String digits = token.replaceAll("(st|nd|rd|th)$", "");
        if (!digits.matches("\\d{1,2}")) {
            return null;
        }
        int d = Integer.parseInt(digits);
        return d >= 1 && d <= 31 ? d : null;
    }

    private static boolean isYear(String token) {
        if (token.matches("'\\d{2}")) {
            return true;
        }
        if (!token.matches("\\d{4}")) {
            return false;
        }
        int y = Integer.parseInt(token);
        return y >= 1000 && y <= 2199;
    }

    /** A year as written: four digits, or two ("'99", "99"), read in the century that makes it nearest to now. */
    static int year(String written) {
        String digits = written.replace("'", "");
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? (y <= 50 ? 2000 + y : 1900 + y) : y;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** Day, month and year as far as known: "27 June 1997", "June 1997", "1997". */
    String describe() {
        if (decade != null) {
            return decade + "s";
        }
        StringBuilder s = new StringBuilder();
        if (day != null) {
            s.append(day).append(' ');
        }
        if (month != null) {
            s.append(FULL_MONTHS_WITH_MAY.get(month - 1)).append(' ');
        }
        if (year != null) {
            s.append(year);
        }
        return s.toString().strip();
    }

    private static final List<String> FULL_MONTHS_WITH_MAY = List.of("January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December");
}
