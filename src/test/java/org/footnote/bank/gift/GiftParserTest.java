package org.footnote.bank.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footnote.bank.gift.GiftQuestion.Type;
import org.junit.jupiter.api.Test;

class GiftParserTest {

    private static GiftQuestion only(String gift) {
        var result = GiftParser.parse(gift);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(1);
        return result.questions().getFirst();
    }

    @Test
    void questionsRunTogetherWithoutABlankLineAreAProblemNotOneLongQuestion() {
        var result = GiftParser.parse("::a:: When? {#1997}\n::b:: Who? {=Nuri ~Rahmon}\n");
        assertThat(result.questions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains("blank line between questions");
        });
    }

    @Test
    void multipleChoiceWithNameFeedbackAndCategory() {
        var q = GiftParser.parse("""
                // a comment line
                $CATEGORY: tajikistan/peace

                ::accord::When was the General Agreement signed? {
                  =27 June 1997#Right: in Moscow.
                  ~25 May 1995#That is the earlier agreement.
                  ~24 November 1998
                }
                """).questions().getFirst();
        assertThat(q.name()).isEqualTo("accord");
        assertThat(q.category()).isEqualTo("tajikistan/peace");
        assertThat(q.type()).isEqualTo(Type.MULTIPLE_CHOICE);
        assertThat(q.prompt()).isEqualTo("When was the General Agreement signed?");
        assertThat(q.answers()).extracting(GiftQuestion.Answer::text)
                .containsExactly("27 June 1997", "25 May 1995", "24 November 1998");
        assertThat(q.answers().getFirst().feedback()).isEqualTo("Right: in Moscow.");
        assertThat(q.answers().get(1).right()).isFalse();
        assertThat(q.line()).isEqualTo(4);
    }

    @Test
    void weightsGivePartialCredit() {
        var q = only("Which two? {~%50%Russia ~%50%Iran ~%-100%Chile}");
        assertThat(q.answers()).extracting(GiftQuestion.Answer::fraction).containsExactly(50.0, 50.0, -100.0);
        assertThat(q.type()).isEqualTo(Type.MULTIPLE_CHOICE);
    }

    @Test
    void trueFalseInEverySpelling() {
        assertThat(only("The 201st stayed. {T}").answers().getFirst().text()).isEqualTo("true");
        // Moodle: the first feedback is for a wrong answer, the second for a right one.
        assertThat(only("The 201st left. {FALSE#It stayed.}").answers()).satisfiesExactly(
                right -> {
                    assertThat(right.text()).isEqualTo("false");
                    assertThat(right.right()).isTrue();
                    assertThat(right.feedback()).isNull();
                },
                wrong -> {
                    assertThat(wrong.text()).isEqualTo("true");
                    assertThat(wrong.right()).isFalse();
                    assertThat(wrong.feedback()).isEqualTo("It stayed.");
                });
        assertThat(only("The treaty came first. {TRUE#No: it was signed in 1999.#Yes: 1993.}").answers())
                .extracting(GiftQuestion.Answer::text, GiftQuestion.Answer::feedback)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("true", "Yes: 1993."),
                        org.assertj.core.groups.Tuple.tuple("false", "No: it was signed in 1999."));
        assertThat(only("x {TRUE}").type()).isEqualTo(Type.TRUE_FALSE);
        assertThat(only("x {F}").answers().getFirst().text()).isEqualTo("false");
    }

    @Test
    void shortAnswerListsEveryAcceptedForm() {
        var q = only("Who led the UTO? {=Said Abdullo Nuri =Nuri =Sayid Abdulloh Nuri}");
        assertThat(q.type()).isEqualTo(Type.SHORT_ANSWER);
        assertThat(q.answers()).hasSize(3).allMatch(GiftQuestion.Answer::right);
    }

    @Test
    void numericalExactWithToleranceAndRange() {
        assertThat(only("Year? {#1997}").answers().getFirst()).satisfies(a -> {
            assertThat(a.text()).isEqualTo("1997");
            assertThat(a.tolerance()).isZero();
        });
        assertThat(only("Year? {#1997:2}").answers().getFirst().tolerance()).isEqualTo(2.0);
        assertThat(only("Year? {#1990..2000}").answers().getFirst()).satisfies(a -> {
            assertThat(a.text()).isEqualTo("1995");
            assertThat(a.tolerance()).isEqualTo(5.0);
        });
        var multi = only("Troops? {#=7000:500 =%50%6000:1000}");
        assertThat(multi.type()).isEqualTo(Type.NUMERICAL);
        assertThat(multi.answers()).extracting(GiftQuestion.Answer::fraction).containsExactly(100.0, 50.0);
    }

    @Test
    void aRangeIsItsDecimalMidpointAndHalfWidthNotABinaryApproximation() {
        assertThat(only("Pi? {#3.141..3.142}").answers().getFirst()).satisfies(a -> {
            assertThat(a.text()).isEqualTo("3.1415");
            assertThat(a.tolerance()).isEqualTo(0.0005);
        });
        assertThat(only("Share? {#0.1..0.2}").answers().getFirst().text()).isEqualTo("0.15");
    }

    @Test
    void aBackslashIsEscapedAsTwoAndTheBlankKeepsItsPunctuation() {
        var q = only("Path C:\\\\temp\\: the treaty of {=1997}.");
        assertThat(q.prompt()).isEqualTo("Path C:\\temp: the treaty of _____.");
        assertThat(only("The {=Moscow} protocol, signed in 1997").prompt()).isEqualTo("The _____ protocol, signed in 1997");
        assertThat(only("Signed in {=1997}, not later.").prompt()).isEqualTo("Signed in _____, not later.");
    }

    @Test
    void whatTheWriterEscapesTheParserReadsBack() {
        String text = "C:\\temp\\ {a} = b ~ c # d : e";
        assertThat(only("::n::" + GiftWriter.escape(text) + " {=x}").prompt()).isEqualTo(text);
    }

    @Test
    void matchingPairs() {
        var q = only("Match. {=Primakov -> Foreign Minister =Chernomyrdin -> Prime Minister =Nuri -> UTO leader}");
        assertThat(q.type()).isEqualTo(Type.MATCHING);
        assertThat(q.answers()).extracting(GiftQuestion.Answer::match)
                .containsExactly("Foreign Minister", "Prime Minister", "UTO leader");
    }

    @Test
    void escapesMarkersGeneralFeedbackAndMissingWord() {
        var q = only("::a\\:b::[markdown]Score 1\\=1 is {=right \\{braced\\} ~wrong ####See the source\\#1} here.");
        assertThat(q.name()).isEqualTo("a:b");
        assertThat(q.markup()).isEqualTo("markdown");
        assertThat(q.prompt()).isEqualTo("Score 1=1 is _____ here.");
        assertThat(q.answers().getFirst().text()).isEqualTo("right {braced}");
        assertThat(q.generalFeedback()).isEqualTo("See the source#1");
    }

    @Test
    void questionsAreSeparatedByBlankLinesButNotInsideABlock() {
        var result = GiftParser.parse("One? {=a ~b ~c}\n\nTwo? {\n=x\n\n~y ~z\n}\n\n\nThree? {T}\n");
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).extracting(GiftQuestion::line).containsExactly(1, 3, 10);
    }

    @Test
    void everyProblemIsReportedWithItsLine() {
        var result = GiftParser.parse("""
                No block here.

                Essay? {}

                Nothing right. {~a ~b}

                Bad number. {#nineteen}

                Good. {=yes ~no}

                Too few pairs. {=a -> 1 =b -> 2}
                """);
        assertThat(result.questions()).extracting(GiftQuestion::prompt).containsExactly("Good.");
        assertThat(result.problems()).extracting(GiftProblem::line).containsExactly(1, 3, 5, 7, 11);
        assertThat(result.problems()).extracting(GiftProblem::reason).anyMatch(r -> r.contains("essay"))
                .anyMatch(r -> r.contains("no right answer")).anyMatch(r -> r.contains("not a number"))
                .anyMatch(r -> r.contains("three pairs"));
    }

    @Test
    void moodleIdNumberAndTagsAreReadFromTheQuestionsCommentLines() {
        var result = GiftParser.parse("""
                // [id:accord-1997] [tag:peace-process] [tag:moscow]
                // another comment
                ::accord::When? {=1997 ~1995 ~1998}

                // [tag:lost] a comment separated by a blank line belongs to no question

                Next? {T}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.questions().getFirst()).satisfies(q -> {
            assertThat(q.idNumber()).isEqualTo("accord-1997");
            assertThat(q.tags()).containsExactly("peace-process", "moscow");
            assertThat(q.line()).isEqualTo(3);
        });
        assertThat(result.questions().get(1).tags()).isEmpty();
    }

    @Test
    void windowsLineEndingsAndNoTrailingNewline() {
        assertThat(GiftParser.parse("A? {=a ~b}\r\n\r\nB? {T}").questions()).hasSize(2);
        assertThat(GiftParser.parse("").questions()).isEqualTo(List.of());
    }
}
