package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.footnote.bank.files.BankFiles;
import org.footnote.bank.files.BankValidator;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.files.ParsedBank;
import org.footnote.bank.files.BankProblem;
import org.footnote.bank.files.InvalidBankException;
import org.footnote.bank.files.QuestionBreach;
import org.footnote.bank.files.DocumentSpec;

class BankValidatorTest {

    @TempDir
    Path dir;

    @Test
    void aGoodBankLoadsWithItsDocumentQuestionsAndNames() throws Exception {
        LoadedBank bank = LoadedBank.load(BankFixture.write(dir, BankFixture.GOOD_QUESTION));

        assertThat(bank.documents()).singleElement().satisfies(d -> {
            assertThat(d.author()).isEqualTo("Mouzaffar Olimov");
            assertThat(d.published()).isEqualTo("1999");
            assertThat(d.blocks()).hasSize(4).first().isEqualTo("## II. The peace process");
        });
        QuestionSpec q = bank.questions().getFirst();
        assertThat(q.kind()).isEqualTo(Kind.DATE);
        assertThat(q.format()).isEqualTo(Format.MULTIPLE_CHOICE);
        assertThat(q.distractors()).containsExactly("25 May 1995", "24 November 1998", "December 1996");
        assertThat(q.line()).isEqualTo(1);
        assertThat(bank.nameVariants()).contains(List.of("Rahmon", "Rakhmonov"));
    }

    @Test
    void quotesMatchAcrossLineBreaksAndTypographicApostrophes() throws Exception {
        var yaml = """
                - id: olimov-201st
                  kind: figure
                  format: short-answer
                  prompt: About how many troops served in the 201st division in Dushanbe?
                  answer: "7,000"
                  accept: ["7000"]
                  difficulty: 1
                  source:
                    document: olimov-test
                    quote: >-
                      Russia's 201st Motorized Rifle Division stayed in Dushanbe; about 7,000
                      troops served there.
                """;
        assertThat(LoadedBank.load(BankFixture.write(dir, yaml)).questions()).hasSize(1);
    }

    @Test
    void everyBreachIsReportedWithFileLineAndReasonAllAtOnce() throws Exception {
        String yaml = BankFixture.GOOD_QUESTION + """
                - id: olimov-peace-accord-signed
                  kind: date
                  format: multiple-choice
                  prompt: Duplicate id, wrong answer in quote, repeated distractor.
                  answer: 1998
                  distractors: [1995, 1995]
                  difficulty: 4
                  tags: []
                  source:
                    document: olimov-test
                    quote: The Commission on National Reconciliation began its work in July 1997.
                - id: Olimov_Bad_ID
                  kind: cause
                  format: short-answer
                  prompt: Why?
                  answer: because
                  difficulty: 1
                  source:
                    document: olimov-test
                    quote: This sentence is not in the document at all.
                """;
        assertThatThrownBy(() -> LoadedBank.load(BankFixture.write(dir, yaml)))
                .isInstanceOfSatisfying(InvalidBankException.class, e -> {
                    var reasons = e.problems().stream().map(BankProblem::toString).toList();
                    assertThat(reasons).anyMatch(r -> r.startsWith("questions/olimov-test.yaml:15:") && r.contains("used twice"));
                    assertThat(reasons).anyMatch(r -> r.contains(":15:") && r.contains("answer '1998'") && r.contains("must appear in the quote"));
                    assertThat(reasons).anyMatch(r -> r.contains(":15:") && r.contains("repeats the answer or another distractor"));
                    assertThat(reasons).anyMatch(r -> r.contains(":15:") && r.contains("at least 3 distractors"));
                    assertThat(reasons).anyMatch(r -> r.contains(":15:") && r.contains("difficulty must be 1, 2 or 3"));
                    assertThat(reasons).anyMatch(r -> r.contains(":26:") && r.contains("kebab-case"));
                    assertThat(reasons).anyMatch(r -> r.contains(":26:") && r.contains("needs an explanation"));
                    assertThat(reasons).anyMatch(r -> r.contains(":26:") && r.contains("not in olimov-test word for word"));
                    assertThat(e.getMessage()).contains("problem(s) in the question bank");
                });
    }

    @Test
    void unknownDocumentKindAndFormatAreNamed() throws Exception {
        String yaml = BankFixture.GOOD_QUESTION.replace("kind: date", "kind: era")
                .replace("format: multiple-choice", "format: essay");
        assertThat(problems(yaml)).anyMatch(p -> p.contains(":2:") && p.contains("unknown kind 'era'"))
                .anyMatch(p -> p.contains(":3:") && p.contains("unknown format 'essay'"));
        assertThat(problems(BankFixture.GOOD_QUESTION.replace("document: olimov-test", "document: nowhere")))
                .anyMatch(p -> p.contains("unknown document 'nowhere'"))
                .anyMatch(p -> p.contains("stands in the file of 'olimov-test'"));
    }

    @Test
    void malformedYamlIsReportedWithItsLine() throws Exception {
        assertThat(problems("- id: x\n  kind: [unclosed\n")).singleElement().asString()
                .startsWith("questions/olimov-test.yaml:").contains("not valid YAML");
    }

    @Test
    void missingFieldsAreEachNamed() throws Exception {
        assertThat(problems("- id: olimov-no-fields\n  kind: date\n"))
                .anyMatch(p -> p.contains("format is missing"))
                .anyMatch(p -> p.contains("prompt is missing"))
                .anyMatch(p -> p.contains("document is missing"))
                .anyMatch(p -> p.contains("difficulty missing"));
    }

    @Test
    void trueFalseAndOrderingHaveTheirOwnRules() throws Exception {
        String yaml = """
                - id: olimov-tf
                  kind: date
                  format: true-false
                  prompt: The accord was signed in 1997.
                  answer: maybe
                  distractors: [x]
                  difficulty: 1
                  source: {document: olimov-test, quote: "signed in Moscow on 27 June 1997"}
                - id: olimov-order
                  kind: date
                  format: ordering
                  prompt: Put in order.
                  difficulty: 2
                  source: {document: olimov-test, quote: "signed in Moscow on 27 June 1997"}
                  items:
                    - {text: Accord signed, quote: "signed in Moscow on 27 June 1997"}
                    - {text: Accord signed, quote: "began its work in July 1997"}
                    - {text: Something, quote: "not in the text"}
                """;
        assertThat(problems(yaml))
                .anyMatch(p -> p.contains("olimov-tf") && p.contains("'true' or 'false'"))
                .anyMatch(p -> p.contains("olimov-tf") && p.contains("no distractors"))
                .anyMatch(p -> p.contains("olimov-order") && p.contains("appears twice"))
                .anyMatch(p -> p.contains("olimov-order") && p.contains("quote of ordering item 'Something'"));
    }

    @Test
    void aDocumentWithoutFrontMatterOrWithAWrongIdIsRefused() throws Exception {
        BankFixture.write(dir, BankFixture.GOOD_QUESTION);
        Files.writeString(dir.resolve("documents/plain.md"), "Just text.\n");
        Files.writeString(dir.resolve("documents/other.md"), BankFixture.DOCUMENT.replace("published: \"1999\"", "published: \"June 99\""));
        var problems = BankValidator.validate(BankFiles.read(dir)).stream().map(BankProblem::toString).toList();
        assertThat(problems).anyMatch(p -> p.startsWith("documents/plain.md:1:") && p.contains("front matter"))
                .anyMatch(p -> p.startsWith("documents/other.md:2:") && p.contains("differs from the file name"))
                .anyMatch(p -> p.startsWith("documents/other.md:6:") && p.contains("ISO date"));
    }

    @Test
    void aDocumentMayLeaveOutItsPublisherButNotStandAPlaceholderInForIt() throws Exception {
        BankFixture.write(dir, BankFixture.GOOD_QUESTION);
        Files.writeString(dir.resolve("documents/unnamed.md"), BankFixture.DOCUMENT.replace("olimov-test", "unnamed")
                .replace("publisher: \"SIPRI\"\n", ""));
        Files.writeString(dir.resolve("documents/placeholder.md"), BankFixture.DOCUMENT.replace("olimov-test", "placeholder")
                .replace("\"SIPRI\"", "\"Not stated\""));
        ParsedBank parsed = BankFiles.read(dir);
        var problems = BankValidator.validate(parsed).stream().map(BankProblem::toString).toList();

        assertThat(problems).noneMatch(p -> p.startsWith("documents/unnamed.md"))
                .anyMatch(p -> p.startsWith("documents/placeholder.md:5:") && p.contains("leave publisher out"));
        assertThat(parsed.documents()).filteredOn(d -> d.id().equals("unnamed")).singleElement()
                .extracting(DocumentSpec::publisher).isNull();
    }

    @Test
    void eachBreachNamesTheFieldItIsAboutSoTheEditorCanShowItThere() throws Exception {
        LoadedBank bank = LoadedBank.load(BankFixture.write(dir, BankFixture.GOOD_QUESTION));
        var validator = new BankValidator(bank.documents());
        QuestionSpec good = bank.questions().getFirst();
        assertThat(validator.breaches(good)).isEmpty();

        QuestionSpec bad = new QuestionSpec("Bad Id", Kind.CAUSE, Format.MULTIPLE_CHOICE, " ", "1066", List.of(),
                List.of("1066", "x"), List.of(), 5, List.of(), "olimov-test", "Not in the document.", null, "app", 0);
        assertThat(validator.breaches(bad)).extracting(QuestionBreach::field).containsExactlyInAnyOrder(
                QuestionField.ID, QuestionField.PROMPT, QuestionField.DIFFICULTY, QuestionField.EXPLANATION,
                QuestionField.QUOTE, QuestionField.DISTRACTORS, QuestionField.DISTRACTORS);

        QuestionSpec order = new QuestionSpec("olimov-order", Kind.DATE, Format.ORDERING, "Put in order.", "", List.of(),
                List.of(), List.of(new QuestionSpec.OrderingItem("Accord signed", "olimov-test", "signed in Moscow on 27 June 1997"),
                new QuestionSpec.OrderingItem("Commission", "olimov-test", "not in the text"),
                new QuestionSpec.OrderingItem("Third", "olimov-test", "")), 2, List.of(), "olimov-test",
                "signed in Moscow on 27 June 1997", null, "app", 0);
        assertThat(validator.breaches(order)).extracting(QuestionBreach::field, QuestionBreach::item)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(QuestionField.ITEMS, 1),
                        org.assertj.core.groups.Tuple.tuple(QuestionField.ITEMS, 2));
    }

    @Test
    void aDraftNeedsOnlyAnIdPromptFormatAndDifficultyButPublishingNeedsEveryRule() throws Exception {
        LoadedBank bank = LoadedBank.load(BankFixture.write(dir, BankFixture.GOOD_QUESTION));
        var validator = new BankValidator(bank.documents());
        QuestionSpec draft = new QuestionSpec("gift-accord", null, Format.SHORT_ANSWER, "When was it signed?", "1997",
                List.of(), List.of(), List.of(), 2, List.of(), null, null, null, "app", 0);

        assertThat(BankValidator.draftBreaches(draft)).isEmpty();
        assertThat(validator.breaches(draft)).extracting(QuestionBreach::field)
                .containsExactlyInAnyOrder(QuestionField.KIND, QuestionField.DOCUMENT, QuestionField.QUOTE);
    }

    private List<String> problems(String yaml) throws Exception {
        return BankValidator.validate(BankFiles.read(BankFixture.write(dir, yaml))).stream()
                .map(BankProblem::toString).toList();
    }

    @Test
    void aTypedCauseListsKeyTermsThatItsOwnAnswerExpresses() throws Exception {
        var yaml = """
                - id: olimov-why-commission
                  kind: cause
                  format: short-answer
                  prompt: What began its work in July 1997?
                  answer: the Commission on National Reconciliation
                  difficulty: 2
                  source:
                    document: olimov-test
                    quote: The Commission on National Reconciliation began its work in July 1997.
                  explanation: It began then.
                - id: olimov-why-commission-2
                  kind: cause
                  format: short-answer
                  prompt: What began its work in July 1997?
                  answer: the Commission on National Reconciliation
                  key_terms:
                    - [commission, council]
                    - [peace, accord]
                  difficulty: 2
                  source:
                    document: olimov-test
                    quote: The Commission on National Reconciliation began its work in July 1997.
                  explanation: It began then.
                - id: olimov-why-commission-3
                  kind: cause
                  format: multiple-choice
                  prompt: What began its work in July 1997?
                  answer: the Commission on National Reconciliation
                  distractors: [a, b, c]
                  key_terms:
                    - [commission]
                  difficulty: 2
                  source:
                    document: olimov-test
                    quote: The Commission on National Reconciliation began its work in July 1997.
                  explanation: It began then.
                """;
        assertThatThrownBy(() -> LoadedBank.load(BankFixture.write(dir, yaml)))
                .isInstanceOf(InvalidBankException.class)
                .hasMessageContaining("olimov-why-commission: a short-answer cause lists its key terms")
                .hasMessageContaining("olimov-why-commission-2: the answer 'the Commission on National Reconciliation' "
                        + "contains none of the terms of key idea 2 (peace, accord)")
                .hasMessageContaining("olimov-why-commission-3: key terms are for short-answer questions");
    }

    @Test
    void aFormStandsInOneGroupOfNamesOrAbbreviations() throws Exception {
        Path root = BankFixture.write(dir, BankFixture.GOOD_QUESTION);
        Files.writeString(root.resolve("abbreviations.yaml"),
                "- [Commonwealth of Independent States, CIS]\n- [Collective Security Treaty Organization, CIS]\n"
                        + "- [Rahmon, R]\n- [United Nations]\n");
        assertThatThrownBy(() -> LoadedBank.load(root)).isInstanceOf(InvalidBankException.class)
                .hasMessageContaining("'CIS' stands in two groups")
                .hasMessageContaining("'Rahmon' stands in two groups (also in names.yaml)")
                .hasMessageContaining("'R' is too short to name anything")
                .hasMessageContaining("abbreviations.yaml:4: an entry lists the full name, then at least one abbreviation");
    }
}
