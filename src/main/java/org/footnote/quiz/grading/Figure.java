package org.footnote.quiz.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A figure named in an answer: its value (digits with separators, decimals, fractions, words, and
 * scale words such as "bn" or "thousand"), whether it is a percentage or an amount of money, the
 * noun after it ("troops", "years"), whether it was hedged ("about", "~") or bounded ("over", "less
 * than"), and how precisely it was written, so that "27%" can stand for 26.7 per cent.
 *
 * @param precision the place of the last significant digit written (1 for "27", 0.1 for "1.6", 1000 for "7,000")
 * @param significant how many significant digits were written
 * @param thousands   "7.000" read with a point between thousands, as much of Europe writes it; else null
 */
record Figure(BigDecimal value, Measure measure, String noun, Bound bound, BigDecimal precision, int significant,
              boolean fraction, BigDecimal thousands) {

    /** What a figure counts, where the kind of unit decides whether two figures can be the same. */
    enum Measure { NONE, PERCENT, MONEY, TIME, DISTANCE, MASS }

    /** "over 2.5 billion", "less than 7,000", or neither. */
    enum Bound { EXACT, ABOUT, OVER, UNDER }

    private static final Pattern RATE = Pattern.compile("\\b(?:a|per|each|every)\\s+(?:year|annum|month)\\b|\\bannually\\b|\\byearly\\b");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,])(\\d{1,3}),(\\d{1,2})(?![\\d,])");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d/.,])(\\d{1,2})\\s*[/\u2044]\\s*(\\d{1,2})(?![\\d/])");
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\d.,])(us\\$|\\$|usd|us dollars?|\u20ac|\u00a3)?\\s*"
                    + "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?: \\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?|\\.\\d+)"
                    + "\\s*(thousand|million|billion|trillion|mln|mn|bln|bn|tn|k|m|b)?(?![\\p{L}])\\s*(\\+)?");
    private static final Map<String, BigDecimal> SCALES = Map.ofEntries(
            Map.entry("thousand", BigDecimal.valueOf(1_000)), Map.entry("k", BigDecimal.valueOf(1_000)),
            Map.entry("million", BigDecimal.valueOf(1_000_000)), Map.entry("mln", BigDecimal.valueOf(1_000_000)),
            Map.entry("mn", BigDecimal.valueOf(1_000_000)), Map.entry("m", BigDecimal.valueOf(1_000_000)),
            Map.entry("billion", BigDecimal.valueOf(1_000_000_000)), Map.entry("bln", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("bn", BigDecimal.valueOf(1_000_000_000)), Map.entry("b", BigDecimal.valueOf(1_000_000_000)),
            Map.entry("trillion", BigDecimal.valueOf(1_000_000_000_000L)), Map.entry("tn", BigDecimal.valueOf(1_000_000_000_000L)));
    /** Units by how they are written, each with the kind of quantity and one name for all its spellings. */
    private static final Map<String, Unit> UNITS = units(
            "percent pct pc percentage percents:PERCENT:percent",
            "dollar dollars usd $ bucks:MONEY:usd", "rouble roubles ruble rubles rub:MONEY:rub", "somoni:MONEY:somoni",
            "euro euros eur:MONEY:eur", "yuan rmb renminbi:MONEY:yuan",
            "year years yr yrs:TIME:year", "month months mo mos:TIME:month", "week weeks wk wks:TIME:week",
            "day days:TIME:day", "decade decades:TIME:decade",
            "km kms kilometre kilometres kilometer kilometers:DISTANCE:km", "mile miles mi:DISTANCE:mile",
            "metre metres meter meters:DISTANCE:metre", "ton tons tonne tonnes t:MASS:tonne", "kg kilogram kilograms:MASS:kg");

    private record Unit(Measure measure, String name) {
    }

    private static Map<String, Unit> units(String... rows) {
        Map<String, Unit> out = new java.util.HashMap<>();
        for (String row : rows) {
            String[] parts = row.split(":");
            for (String written : parts[0].split(" ")) {
                out.put(written, new Unit(Measure.valueOf(parts[1]), parts[2]));
            }
        }
        return Map.copyOf(out);
    }

    private static final List<String> ABOUT = List.of("about", "around", "approximately", "approx", "roughly", "some",
            "circa", "c", "ca", "nearly", "almost", "close to", "~", "estimated", "an estimated", "appr", "abt", "est");
    private static final List<String> OVER = List.of("over", "more than", "above", "at least", "in excess of",
            "exceeding", "upwards of", "greater than", "over than", ">");
    private static final List<String> UNDER = List.of("under", "less than", "below", "fewer than", "up to",
            "at most", "no more than", "not more than", "<");
    private static final Set<String> SKIP_BEFORE_NOUN = Set.of("of", "the", "a", "an", "russian", "us", "american",
            "tajik", "such", "some", "odd", "or", "so");

    /** Every figure named in folded text, in order. */
    static List<Figure> find(String folded) {
        String text = RATE.matcher(folded.replace('\u2044', '/')).replaceAll(" ").replace("~", " about ");
        text = text.replace("per cent", "percent").replace("%", " percent ");
        text = DECIMAL_COMMA.matcher(text).replaceAll("$1.$2"); // "26,7%": a comma before one or two digits is a decimal point
        List<Figure> out = new ArrayList<>();
        StringBuilder rest = new StringBuilder(text);
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            int top = Integer.parseInt(f.group(1));
            int bottom = Integer.parseInt(f.group(2));
            if (bottom != 0 && top < bottom) {
                BigDecimal value = BigDecimal.valueOf(top).divide(BigDecimal.valueOf(bottom), 6, RoundingMode.HALF_UP);
                out.add(describe(text, f.start(), f.end(), value, Measure.NONE, null, BigDecimal.ONE, 2, true));
                blank(rest, f.start(), f.end());
            }
        }
        Matcher m = DIGITS.matcher(rest.toString());
        while (m.find()) {
            String digits = m.group(2).replace(",", "").replace(" ", "");
            BigDecimal value = new BigDecimal(digits.startsWith(".") ? "0" + digits : digits);
            BigDecimal precision = precisionOf(digits);
            int significant = significant(digits);
            if (m.group(3) != null) {
                BigDecimal scale = SCALES.get(m.group(3));
                value = value.multiply(scale);
                precision = precision.multiply(scale);
            }
            Measure measure = m.group(1) != null ? Measure.MONEY : Measure.NONE;
            Bound plus = m.group(4) != null ? Bound.OVER : null;
            Figure figure = describe(text, m.start(), m.end(), value, measure, plus, precision, significant, false);
            if (m.group(2).matches("\\d{1,3}(\\.\\d{3})+") && m.group(3) == null) {
                figure = figure.withThousands(new BigDecimal(m.group(2).replace(".", "")));
            }
            out.add(figure);
            blank(rest, m.start(), m.end());
        }
        words(rest.toString(), text, out);
        return out;
    }

    private static void words(String rest, String text, List<Figure> out) {
        List<String> words = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher w = Pattern.compile("\\p{L}+").matcher(rest);
        while (w.find()) {
            words.add(w.group());
            spans.add(new int[] {w.start(), w.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            NumberWords.Read read = NumberWords.read(words, i);
            if (read == null) {
                continue;
            }
            BigDecimal value = read.value();
            int end = spans.get(read.to() - 1)[1];
            out.add(describe(text, spans.get(read.from())[0], end, value, Measure.NONE, null,
                    value.signum() == 0 ? BigDecimal.ONE : precisionOfWords(value), 2, read.fraction()));
            i = read.to() - 1;
        }
    }

    /** Completes a number with what surrounds it: the bound before it, the unit or noun after it. */
    private static Figure describe(String text, int start, int end, BigDecimal value, Measure measure, Bound plus,
                                   BigDecimal precision, int significant, boolean fraction) {
        String before = text.substring(Math.max(0, start - 24), start).strip();
        Bound bound = plus != null ? plus : endsWithAny(before, UNDER) ? Bound.UNDER : endsWithAny(before, OVER)
                ? Bound.OVER : endsWithAny(before, ABOUT) ? Bound.ABOUT : Bound.EXACT;
        String noun = measure == Measure.MONEY ? "usd" : null;
        for (String word : text.substring(end).strip().split("[^\\p{L}$]+")) {
            if (word.isEmpty() || SKIP_BEFORE_NOUN.contains(word)) {
                continue;
            }
            Unit unit = UNITS.get(word);
            if (unit != null && (measure == Measure.NONE || unit.measure() == measure)) {
                measure = unit.measure();
                noun = unit.name();
            } else if (unit == null && noun == null) {
                noun = Stems.of(word);
            }
            break;
        }
        return new Figure(value, measure, noun, bound, precision, significant, fraction, null);
    }

    private static boolean endsWithAny(String before, List<String> words) {
        for (String w : words) {
            if (before.endsWith(" " + w) || before.equals(w) || before.endsWith(w) && !Character.isLetter(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static void blank(StringBuilder text, int from, int to) {
        for (int i = from; i < to; i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** 0.1 for "1.6"; 1000 for "7000": trailing zeros of a whole number are not taken as significant. */
    static BigDecimal precisionOf(String digits) {
        int dot = digits.indexOf('.');
        if (dot >= 0) {
            return BigDecimal.ONE.movePointLeft(digits.length() - dot - 1);
        }
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        return BigDecimal.ONE.movePointRight(zeros);
    }

    static int significant(String digits) {
        String d = digits.replace(".", "").replaceFirst("^0+", "");
        if (digits.indexOf('.') < 0) {
            d = d.replaceFirst("0+$", "");
        }
        return Math.max(1, d.length());
    }

    private static BigDecimal precisionOfWords(BigDecimal value) {
        BigDecimal p = BigDecimal.ONE;
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            p = BigDecimal.ONE.movePointRight(-v.scale());
        }
        return p;
    }

    Figure withValue(BigDecimal other) {
        return new Figure(other, measure, noun, bound, BigDecimal.ONE, significant, fraction, null);
    }

    Figure withThousands(BigDecimal reading) {
        return new Figure(value, measure, noun, bound, precision, significant, fraction, reading);
    }

    /** The value as a share of one hundred, when written as a fraction ("three quarters" for 75%). */
    BigDecimal asPercent() {
        return fraction ? value.multiply(BigDecimal.valueOf(100)) : value;
    }
}
