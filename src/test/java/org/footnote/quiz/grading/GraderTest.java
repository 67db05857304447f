package org.footnote.quiz.grading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraderTest {

    private final Grader grader = new Grader(new NameVariants(List.of(
            List.of("Rahmon", "Rakhmonov", "Rahmonov"), List.of("Emomali", "Imomali"))));

    private Grade shortAnswer(Kind kind, String answer, String given, String... accept) {
        return grader.grade(new Grader.Key(kind, Format.SHORT_ANSWER, answer, List.of(accept), List.of()), given);
    }

    @ParameterizedTest(name = "{1} for {0}")
    @CsvSource(delimiter = '|', value = {
            // names: case, punctuation, articles, spaces, variants, possessives, accents
            "Emomali Rahmon|emomali rahmon",
            "Emomali Rahmon|  EMOMALI   RAHMON ",
            "Emomali Rahmon|Imomali Rakhmonov",
            "Emomali Rahmon|Emomali Rahmonov",
            "Emomali Rahmon|Rahmon, Emomali.",
            "the Collective Security Treaty Organization|Collective Security Treaty Organization",
            "Collective Security Treaty Organization|the collective security treaty organization",
            "United Tajik Opposition|The United-Tajik Opposition",
            "Russia|Russia's",
            "Khatlon|Khatlón",
            "201st Motorized Rifle Division|201st motorized rifle division",
            "C.S.T.O.|CSTO",
            // dates in every common form
            "27 June 1997|27 June 1997",
            "27 June 1997|June 27, 1997",
            "27 June 1997|1997-06-27",
            "27 June 1997|27th June 1997",
            "27 June 1997|27th of June 1997",
            "27 June 1997|27.06.1997",
            "27 June 1997|27/06/1997",
            "27 June 1997|on 27 June 1997",
            "27 June 1997|Jun 27 1997",
            "June 1997|june 1997",
            "June 1997|1997-06",
            "1997|in 1997",
            // numbers with separators, scales and units
            "7,000|7000",
            "7,000|7 000",
            "7,000 troops|7000",
            "7,000 troops|about 7,000 troops",
            "45%|45 percent",
            "45%|45 per cent",
            "$2.5 billion|2.5 billion dollars",
            "$2.5 billion|2,500 million USD",
            "843 miles|843",
            "1.2 million|1,200,000",
            "10 million|10m",
    })
    void acceptsEquivalentAnswers(String answer, String given) {
        Kind kind = answer.matches(".*\\d.*") ? (answer.matches(".*(19|20)\\d\\d.*") && !answer.contains(",")
                ? Kind.DATE : Kind.FIGURE) : Kind.ACTOR;
        assertThat(shortAnswer(kind, answer, given).correct()).as("%s accepted for %s", given, answer).isTrue();
    }

    @ParameterizedTest(name = "{1} refused for {0}")
    @CsvSource(delimiter = '|', value = {
            "27 June 1997|27 June 1998",
            "27 June 1997|June 1997",
            "27 June 1997|26 June 1997",
            "27 June 1997|1997",
            "1997|1998",
            "7,000|70,000",
            "7,000 troops|7,000 km",
            "45%|45 dollars",
            "$2.5 billion|2.5 million dollars",
            "Emomali Rahmon|Islam Karimov",
            "Russia|China",
            "Emomali Rahmon|",
            "CSTO|NATO",
    })
    void refusesWrongAnswers(String answer, String given) {
        Kind kind = answer.matches(".*\\d.*") ? Kind.FIGURE : Kind.ACTOR;
        if (answer.matches(".*(19|20)\\d\\d.*") && !answer.contains(",")) {
            kind = Kind.DATE;
        }
        assertThat(shortAnswer(kind, answer, given == null ? "" : given).correct())
                .as("%s refused for %s", given, answer).isFalse();
    }

    @Test
    void aNearMissInANameIsAcceptedAndFlagged() {
        Grade grade = shortAnswer(Kind.ACTOR, "Yevgeny Primakov", "Yevgeny Primakof");
        assertThat(grade.correct()).isTrue();
        assertThat(grade.nearMiss()).isTrue();
        assertThat(shortAnswer(Kind.PLACE, "Dushanbe", "Dushambe").nearMiss()).isTrue();
        assertThat(shortAnswer(Kind.ACTOR, "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization").correct()).isTrue();
    }

    @Test
    void nearMissesAreBoundedByLengthAndNeverAppliedToDatesOrFigures() {
        assertThat(shortAnswer(Kind.ACTOR, "Yevgeny Primakov", "Yevgeny Pramokav").correct()).isFalse();
        assertThat(shortAnswer(Kind.PLACE, "Iran", "Iraq").correct()).isTrue(); // 4 letters: one typo allowed
        assertThat(shortAnswer(Kind.ACTOR, "UTO", "UTA").correct()).isFalse();  // 3 letters: none
        assertThat(shortAnswer(Kind.DATE, "1997", "1998").correct()).isFalse();
        assertThat(shortAnswer(Kind.FIGURE, "7,000", "7,001").correct()).isFalse();
        assertThat(Grader.allowedTypos("rahmon")).isEqualTo(1);
        assertThat(Grader.allowedTypos("primakov yevgeny")).isEqualTo(2);
    }

    @Test
    void theAcceptListCounts() {
        assertThat(shortAnswer(Kind.TERM, "Collective Security Treaty Organization", "CSTO", "CSTO", "ODKB").correct()).isTrue();
        assertThat(shortAnswer(Kind.TERM, "Collective Security Treaty Organization", "odkb", "CSTO", "ODKB").correct()).isTrue();
    }

    @Test
    void multipleChoiceAndTrueFalseMatchExactly() {
        var mc = new Grader.Key(Kind.DATE, Format.MULTIPLE_CHOICE, "27 June 1997", List.of(), List.of());
        assertThat(grader.grade(mc, "27 June 1997").correct()).isTrue();
        assertThat(grader.grade(mc, "25 May 1995").correct()).isFalse();
        assertThat(grader.grade(mc, null).correct()).isFalse();
        var tf = new Grader.Key(Kind.CAUSE, Format.TRUE_FALSE, "false", List.of(), List.of());
        assertThat(grader.grade(tf, "False").correct()).isTrue();
        assertThat(grader.grade(tf, "true").correct()).isFalse();
    }

    @Test
    void orderingEarnsTheShareOfItemsInPlace() {
        var key = new Grader.Key(Kind.DATE, Format.ORDERING, "", List.of(), List.of("A", "B", "C", "D"));
        assertThat(grader.gradeOrdering(key, List.of("A", "B", "C", "D"))).isEqualTo(Grade.RIGHT);
        Grade partial = grader.gradeOrdering(key, List.of("A", "C", "B", "D"));
        assertThat(partial.correct()).isFalse();
        assertThat(partial.score()).isEqualTo(0.5);
        assertThat(grader.gradeOrdering(key, List.of("D", "C", "B", "A")).score()).isZero();
    }

    @Test
    void theNormaliserKeepsOnlyTheWordsThatMatter() {
        assertThat(Normaliser.normalise("  The  Tajik-Afghan border's guards!")).isEqualTo("tajik afghan border guards");
        assertThat(Normaliser.normalise("U.S.A.")).isEqualTo("usa");
        assertThat(Normaliser.normalise(null)).isEmpty();
    }
}
