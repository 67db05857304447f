package org.footnote.quiz.grading;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Grades the answer to a figure question by the figure it names: the same value in any notation
 * ("7,000", "seven thousand", "7k"), or the right value rounded to at least two significant digits
 * ("27%" for 26.7 per cent); the same kind of unit if both give one (25 years, not 25 months; a
 * percentage, not dollars); and no bound that contradicts the source ("less than" where it says
 * "over"). Figures the question itself names ("in 2023") are not the answer.
 */
final class FigureGrading {

    private FigureGrading() {
    }

    /** The one figure a right form names, if it names exactly one. */
    static Optional<Figure> single(String form) {
        List<Figure> found = Figure.find(Words.fold(form));
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("\\([^)]*\\)?|\\[[^\\]]*\\]?");

    /** Grades {@code typed}; figures the question names, and figures in brackets beside another, are context. */
    static Grade grade(Figure key, List<Figure> accepted, String prompt, String typed) {
        List<Figure> inPrompt = Figure.find(Words.fold(prompt));
        List<Figure> named = new ArrayList<>();
        String folded = Words.fold(typed);
        String outside = BRACKETS.matcher(folded).replaceAll(" ");
        for (Figure f : Figure.find(Figure.find(outside).isEmpty() ? folded : outside)) {
            boolean fromPrompt = inPrompt.stream().anyMatch(p -> p.value().compareTo(f.value()) == 0)
                    && f.value().compareTo(key.value()) != 0;
            if (!fromPrompt) {
                named.add(f);
            }
        }
        if (named.isEmpty()) {
            return Grade.wrong("no figure in the answer");
        }
        Figure given = named.getFirst();
        for (Figure other : named.subList(1, named.size())) {
            if (other.value().compareTo(given.value()) != 0) {
                return Grade.wrong("more than one figure");
            }
        }
        List<Figure> forms = new ArrayList<>();
        forms.add(key);
        forms.addAll(accepted);
        String objection = null;
        for (Figure form : forms) {
            Optional<String> why = mismatch(given, form);
            if (why.isEmpty()) {
                return Grade.right(sameValue(given, form) ? "the same figure" : "the figure, rounded");
            }
            if (given.thousands() != null && mismatch(given.withValue(given.thousands()), form).isEmpty()) {
                return Grade.nearMiss("read " + given.value().toPlainString() + " as " + given.thousands().toPlainString()
                        + " (a point between thousands)");
            }
            objection = objection == null ? why.get() : objection;
        }
        return Grade.wrong(objection);
    }

    private static Optional<String> mismatch(Figure given, Figure form) {
        if (given.measure() != Figure.Measure.NONE && form.measure() != Figure.Measure.NONE
                && given.measure() != form.measure()) {
            return Optional.of("a different unit");
        }
        if (form.measure() == Figure.Measure.NONE && given.measure() != Figure.Measure.NONE
                && given.measure() != Figure.Measure.PERCENT && given.measure() != Figure.Measure.MONEY
                && form.noun() == null) {
            return Optional.of("a unit the question does not ask for");
        }
        if (given.measure() == form.measure() && given.measure() != Figure.Measure.NONE && given.noun() != null
                && form.noun() != null && !given.noun().equals(form.noun()) && given.measure() != Figure.Measure.PERCENT) {
            return Optional.of("a different unit (" + given.noun() + ")");
        }
        if (!sameValue(given, form) && !rounded(given, form)) {
            return Optional.of("a different figure");
        }
        boolean contradicts = form.bound() == Figure.Bound.OVER && given.bound() == Figure.Bound.UNDER
                || form.bound() == Figure.Bound.UNDER && given.bound() == Figure.Bound.OVER
                || (form.bound() == Figure.Bound.EXACT || form.bound() == Figure.Bound.ABOUT)
                && (given.bound() == Figure.Bound.OVER || given.bound() == Figure.Bound.UNDER) && sameValue(given, form);
        return contradicts ? Optional.of("the source does not bound it that way") : Optional.empty();
    }

    private static boolean sameValue(Figure given, Figure form) {
        BigDecimal g = form.measure() == Figure.Measure.PERCENT || given.fraction() && !form.fraction()
                ? given.asPercent() : given.value();
        BigDecimal f = form.fraction() && !given.fraction() ? form.asPercent() : form.value();
        return g.compareTo(f) == 0 || given.value().compareTo(form.value()) == 0;
    }

    /** "27" for 26.7, "1.6 billion" for 1.580 billion: the source's figure rounded to what was written. */
    private static boolean rounded(Figure given, Figure form) {
        if (given.significant() < 2 || given.precision().compareTo(form.precision()) <= 0) {
            return false;
        }
        BigDecimal steps = form.value().divide(given.precision(), 0, RoundingMode.HALF_UP);
        return steps.multiply(given.precision()).compareTo(given.value()) == 0;
    }
}
