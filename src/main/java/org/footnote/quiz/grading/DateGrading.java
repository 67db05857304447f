package org.footnote.quiz.grading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Grades the answer to a date question by the dates it names, never as a number: the year must be
 * the right one, and the answer at least as precise as the right answer (month and year when the
 * question has them); a more precise answer that agrees ("June 1997" for 1997) is right. Any other
 * year named ("1992-97" for the end of a war) makes it wrong, as does a decade.
 */
final class DateGrading {

    private DateGrading() {
    }

    /** The one date a right form names, if it names exactly one. */
    static Optional<DateMention> single(String form) {
        List<DateMention> found = DateMention.find(Words.fold(form));
        if (found.isEmpty() && Words.fold(form).matches("'?\\d{2}")) {
            return Optional.of(DateMention.of(DateMention.year(Words.fold(form)), null, null));
        }
        return found.size() == 1 && found.getFirst().decade() == null ? Optional.of(found.getFirst()) : Optional.empty();
    }

    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\([^)]*\\)?|\\[[^\\]]*\\]?");

    /**
     * Grades {@code typed} against the key's date. Years the question itself names ("under the 2012
     * agreement") and dates in brackets beside a date are context, not the answer.
     */
    static Grade grade(DateMention key, List<DateMention> accepted, String prompt, String typed) {
        String folded = Words.fold(typed);
        String outsideBrackets = BRACKETS.matcher(folded).replaceAll(" ");
        List<DateMention> named = new ArrayList<>(DateMention.find(outsideBrackets).isEmpty() ? DateMention.find(folded)
                : DateMention.find(outsideBrackets));
        Set<Integer> promptYears = new HashSet<>();
        DateMention.find(Words.fold(prompt)).forEach(d -> promptYears.add(d.year()));
        if (named.size() > 1) {
            named.removeIf(d -> d.month() == null && d.year() != null && promptYears.contains(d.year())
                    && !d.year().equals(key.year()));
        }
        if (named.isEmpty() && folded.replaceAll("^(in|the year|year)\\s+", "").matches("'?\\d{2}")) {
            named = List.of(DateMention.of(DateMention.year(folded.replaceAll("\\D", "")), null, null));
        }
        if (named.isEmpty()) {
            return Grade.wrong("no date in the answer");
        }
        if (named.stream().anyMatch(d -> d.decade() != null)) {
            return Grade.wrong("a decade is not a year");
        }
        Set<Integer> years = new HashSet<>();
        named.stream().map(DateMention::year).filter(Objects::nonNull).forEach(years::add);
        if (years.size() > 1) {
            return Grade.wrong("more than one year: " + years.stream().sorted().map(String::valueOf)
                    .reduce((a, b) -> a + " and " + b).orElse(""));
        }
        DateMention given = merge(named);
        if (given == null) {
            return Grade.wrong("the answer names two different dates");
        }
        Optional<String> contradiction = contradiction(given, key);
        if (contradiction.isPresent() && (given.alternative() == null || contradiction(given.alternative(), key).isPresent())) {
            return Grade.wrong(contradiction.get());
        }
        List<DateMention> forms = new ArrayList<>();
        forms.add(key);
        forms.addAll(accepted);
        String lacking = null;
        for (DateMention form : forms) {
            Optional<String> gap = gap(given, form);
            if (gap.isEmpty() && contradiction.isEmpty()) {
                return given.slip() ? Grade.nearMiss("the month misspelt: " + form.describe())
                        : Grade.right(moreExact(given, form) ? "a more precise date that agrees" : "the same date");
            }
            if (given.alternative() != null && gap(given.alternative(), form).isEmpty()
                    && contradiction(given.alternative(), key).isEmpty()) {
                return Grade.nearMiss("read month first (" + given.alternative().describe()
                        + "); write the month in words to be clear");
            }
            lacking = lacking == null ? gap.orElse(contradiction.orElse(null)) : lacking;
        }
        return Grade.wrong(lacking);
    }

    /** Where {@code given} disagrees with the key in what both say: another year, month or day. */
    private static Optional<String> contradiction(DateMention given, DateMention key) {
        if (given.year() != null && key.year() != null && !given.year().equals(key.year())) {
            return Optional.of("a different year (" + given.year() + ")");
        }
        if (given.month() != null && key.month() != null && !given.month().equals(key.month())) {
            return Optional.of("a different month (" + given.describe() + ")");
        }
        if (given.day() != null && key.day() != null && !given.day().equals(key.day())) {
            return Optional.of("a different day (" + given.describe() + ")");
        }
        return Optional.empty();
    }

    /** What keeps {@code given} from agreeing with {@code form}, if anything. */
    private static Optional<String> gap(DateMention given, DateMention form) {
        if (form.year() != null && given.year() == null) {
            return Optional.of("the year is missing");
        }
        if (form.year() != null && !form.year().equals(given.year())) {
            return Optional.of("a different year (" + given.year() + ")");
        }
        if (form.month() != null && given.month() == null) {
            return Optional.of("the question asks for the month as well");
        }
        if (form.month() != null && !form.month().equals(given.month())) {
            return Optional.of("a different month (" + given.describe() + ")");
        }
        if (form.day() != null && given.day() == null) {
            return Optional.of("the question asks for the day as well");
        }
        if (form.day() != null && !form.day().equals(given.day())) {
            return Optional.of("a different day (" + given.describe() + ")");
        }
        return Optional.empty();
    }

    private static boolean moreExact(DateMention given, DateMention form) {
        return form.month() == null && given.month() != null || form.day() == null && given.day() != null;
    }

    /** The dates of one answer as one ("1997, in June 1997"); null if they disagree. */
    private static DateMention merge(List<DateMention> named) {
        DateMention out = named.getFirst();
        for (DateMention d : named.subList(1, named.size())) {
            Integer year = pick(out.year(), d.year());
            Integer month = pick(out.month(), d.month());
            Integer day = pick(out.day(), d.day());
            if (year == null && (out.year() != null || d.year() != null) || month == null && (out.month() != null
                    && d.month() != null) || day == null && (out.day() != null && d.day() != null)) {
                return null;
            }
            out = new DateMention(year, month, day, null, out.slip() || d.slip(), null);
        }
        return out;
    }

    private static Integer pick(Integer a, Integer b) {
        if (a == null) {
            return b;
        }
        return b == null || a.equals(b) ? a : null;
    }
}
