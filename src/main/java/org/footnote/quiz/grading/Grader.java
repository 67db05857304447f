package org.footnote.quiz.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;

/**
 * Grades answers. Plain Java: choices must match exactly; short answers are compared after
 * {@link Normaliser}, with name variants, equivalent dates and numbers, and (for names) a near miss
 * of one or two letters accepted; ordering earns the share of items in their right place.
 */
public final class Grader {

    private final NameVariants names;

    public Grader(NameVariants names) {
        this.names = names;
    }

    /** What the grader needs of a question. {@code items} are ordering items in their right order. */
    public record Key(Kind kind, Format format, String answer, List<String> accept, List<String> items) {
    }

    public Grade grade(Key key, String given) {
        return switch (key.format()) {
            case MULTIPLE_CHOICE -> given != null && given.equals(key.answer()) ? Grade.RIGHT : Grade.WRONG;
            case TRUE_FALSE -> given != null && given.strip().equalsIgnoreCase(key.answer()) ? Grade.RIGHT : Grade.WRONG;
            case SHORT_ANSWER -> gradeShortAnswer(key, given == null ? "" : given);
            case ORDERING -> throw new IllegalArgumentException("ordering answers are graded with gradeOrdering");
        };
    }

    /** Share of items the student put in their right position; right only when all are. */
    public Grade gradeOrdering(Key key, List<String> givenOrder) {
        List<String> right = key.items();
        int inPlace = 0;
        for (int i = 0; i < right.size(); i++) {
            if (i < givenOrder.size() && right.get(i).equals(givenOrder.get(i))) {
                inPlace++;
            }
        }
        double score = right.isEmpty() ? 0 : (double) inPlace / right.size();
        return new Grade(inPlace == right.size() && givenOrder.size() == right.size(), score, false);
    }

    private Grade gradeShortAnswer(Key key, String given) {
        if (given.isBlank()) {
            return Grade.WRONG;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(key.answer());
        candidates.addAll(key.accept());
        String typed = names.canonicalise(Normaliser.normalise(given));
        for (String candidate : candidates) {
            if (typed.equals(names.canonicalise(Normaliser.normalise(candidate))) || sameDate(candidate, given)
                    || sameNumber(candidate, given)) {
                return Grade.RIGHT;
            }
        }
        if (isName(key.kind())) {
            for (String candidate : candidates) {
                if (sameWords(typed, names.canonicalise(Normaliser.normalise(candidate)))) {
                    return Grade.RIGHT; // "Rahmon, Emomali" for "Emomali Rahmon"
                }
            }
            for (String candidate : candidates) {
                String expected = names.canonicalise(Normaliser.normalise(candidate));
                if (!expected.isEmpty() && Levenshtein.distance(typed, expected) <= allowedTypos(expected)) {
                    return Grade.NEAR_MISS;
                }
            }
        }
        return Grade.WRONG;
    }

    private static boolean sameWords(String a, String b) {
        return java.util.Arrays.equals(a.split(" "), b.split(" ")) || java.util.Arrays.equals(
                java.util.Arrays.stream(a.split(" ")).sorted().toArray(), java.util.Arrays.stream(b.split(" ")).sorted().toArray());
    }

    private static boolean isName(Kind kind) {
        return kind == Kind.ACTOR || kind == Kind.PLACE || kind == Kind.TERM;
    }

    /** One letter in a short name, two in a longer one; none in very short words, where one letter is another word. */
    static int allowedTypos(String expected) {
        int letters = expected.replace(" ", "").length();
        return letters >= 8 ? 2 : letters >= 4 ? 1 : 0;
    }

    private static boolean sameDate(String expected, String given) {
        Optional<DateAnswer> e = DateAnswer.parse(expected);
        return e.isPresent() && e.equals(DateAnswer.parse(given));
    }

    private static boolean sameNumber(String expected, String given) {
        if (DateAnswer.parse(expected).filter(d -> d.month() > 0).isPresent()) {
            return false;
        }
        Optional<NumberAnswer> e = NumberAnswer.parse(expected);
        Optional<NumberAnswer> g = NumberAnswer.parse(given);
        return e.isPresent() && g.isPresent() && g.get().matches(e.get());
    }
}
