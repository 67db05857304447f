package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.footnote.bank.files.BankFiles;
import org.footnote.bank.files.BankLint;
import org.footnote.bank.files.ParsedBank;
import org.footnote.bank.files.DocumentSpec;

/** The bank's lint: each rule on questions of its own, and the real bank under its ceilings. */
class BankLintTest {

    private static final DocumentSpec DOC = new DocumentSpec("doc", "A document", "An Author", "A Publisher", "1999", null,
            null, """
            In 1993 the first agreement was signed. The second agreement came in 1995.

            Before that, in 1992, the war began.
            """);
    private final BankLint lint = new BankLint(List.of(DOC), List.of(List.of("Rahmon", "Rakhmonov")));

    private static QuestionSpec q(String id, Kind kind, Format format, String prompt, String answer, List<String> distractors) {
        return new QuestionSpec(id, kind, format, prompt, answer, List.of(), distractors, List.of(), 1, List.of(), "doc",
                "In 1993 the first agreement was signed.", "why", "questions/doc.yaml", 1);
    }

    private List<BankLint.Rule> rules(QuestionSpec... questions) {
        return lint.check(List.of(questions)).stream().map(BankLint.Warning::rule).toList();
    }

    @Test
    void theLongestOptionAndOptionsOfAnotherTypeGiveTheAnswerAway() {
        assertThat(rules(q("a", Kind.CAUSE, Format.MULTIPLE_CHOICE, "Why?",
                "Because the agreement of 1993 bound both governments to a common border policy", List.of("War", "Money", "Oil"))))
                .containsExactly(BankLint.Rule.LONGEST_OPTION);
        assertThat(rules(q("b", Kind.DATE, Format.MULTIPLE_CHOICE, "When?", "1993", List.of("1992", "June 1995", "1994"))))
                .containsExactly(BankLint.Rule.OPTION_TYPES);
        assertThat(rules(q("c", Kind.DATE, Format.MULTIPLE_CHOICE, "When?", "1993", List.of("1992", "1995", "1994")))).isEmpty();
    }

    @Test
    void trueFalseStatementsMustNotHangOnOneWordOrMakeTwoClaims() {
        assertThat(rules(q("a", Kind.DATE, Format.TRUE_FALSE, "True or false: Only one agreement was signed in 1993.",
                "false", List.of()))).containsExactly(BankLint.Rule.ABSOLUTE_WORD);
        assertThat(rules(q("b", Kind.DATE, Format.TRUE_FALSE, "The first agreement was signed in 1993 and the war began in 1992.",
                "true", List.of()))).containsExactly(BankLint.Rule.TWO_CLAIMS);
        assertThat(rules(q("c", Kind.CAUSE, Format.TRUE_FALSE, "The first agreement was signed in 1993.", "true", List.of())))
                .containsExactly(BankLint.Rule.NO_CAUSE_STATED);
        assertThat(rules(q("d", Kind.CAUSE, Format.TRUE_FALSE, "The war led to the first agreement.", "true", List.of()))).isEmpty();
    }

    @Test
    void aPromptMustNotContainItsAnswerOrCiteItsYear() {
        assertThat(rules(q("a", Kind.ACTOR, Format.SHORT_ANSWER, "Was it Rakhmonov who signed it?", "Rahmon", List.of())))
                .containsExactly(BankLint.Rule.PROMPT_GIVES_ANSWER);
        assertThat(rules(q("b", Kind.DATE, Format.SHORT_ANSWER, "According to Author (1993), in which year was it signed?",
                "1993", List.of()))).containsExactly(BankLint.Rule.PROMPT_GIVES_ANSWER);
        var titled = List.of(1, 2, 3).stream().map(i -> q("t" + i, Kind.ACTOR, Format.SHORT_ANSWER,
                "Which Tajik president did thing number " + i + "?", "Rahmon", List.of())).toArray(QuestionSpec[]::new);
        assertThat(rules(titled)).containsOnly(BankLint.Rule.PROMPT_GIVES_ANSWER).hasSize(3);
    }

    @Test
    void anOrderingMustNotBeTheDocumentsOwnOrderOrOneSentence() {
        var inReadingOrder = new QuestionSpec("o", Kind.DATE, Format.ORDERING, "Order them.", "", List.of(), List.of(),
                List.of(new QuestionSpec.OrderingItem("First agreement", "doc", "In 1993 the first agreement was signed."),
                        new QuestionSpec.OrderingItem("Second agreement", "doc", "The second agreement came in 1995.")),
                1, List.of(), "doc", "In 1993 the first agreement was signed.", null, "questions/doc.yaml", 1);
        assertThat(rules(inReadingOrder)).containsExactly(BankLint.Rule.DOCUMENT_ORDER);
        var toldOutOfOrder = new QuestionSpec("p", Kind.DATE, Format.ORDERING, "Order them.", "", List.of(), List.of(),
                List.of(new QuestionSpec.OrderingItem("War", "doc", "Before that, in 1992, the war began."),
                        new QuestionSpec.OrderingItem("First agreement", "doc", "In 1993 the first agreement was signed.")),
                1, List.of(), "doc", "In 1993 the first agreement was signed.", null, "questions/doc.yaml", 1);
        assertThat(rules(toldOutOfOrder)).isEmpty();
        var oneSentence = new QuestionSpec("s", Kind.DATE, Format.ORDERING, "Order them.", "", List.of(), List.of(),
                List.of(new QuestionSpec.OrderingItem("Signing", "doc", "In 1993 the first agreement was signed."),
                        new QuestionSpec.OrderingItem("Agreement", "doc", "In 1993 the first agreement was signed.")),
                1, List.of(), "doc", "In 1993 the first agreement was signed.", null, "questions/doc.yaml", 1);
        assertThat(rules(oneSentence)).contains(BankLint.Rule.ONE_SENTENCE);
    }

    /**
     * The real bank's warnings, by rule, may only go down: before the fair-grading work the bank had
     * 35 longest-option keys, 6 telling prompts, 7 causes stating no cause and 20 more warnings.
     */
    @Test
    void theRealBankStaysUnderItsCeilings() {
        ParsedBank bank = BankFiles.read(Path.of("question-bank"));
        Map<BankLint.Rule, Long> counts = BankLint.count(BankLint.of(bank).check(bank.questions()));
        Map<BankLint.Rule, Long> ceilings = Map.of();
        counts.forEach((rule, n) -> assertThat(n).as(rule.label()).isLessThanOrEqualTo(ceilings.getOrDefault(rule, 0L)));
    }
}
