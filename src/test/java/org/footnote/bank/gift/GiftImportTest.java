package org.footnote.bank.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.files.DocumentSpec;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.QuestionSpec;
import org.footnote.bank.QuestionStatus;
import org.footnote.bank.SourcePassage;
import org.junit.jupiter.api.Test;

/** GIFT files into draft questions: Moodle's features, what Footnote keeps of them, and a lossless round trip. */
class GiftImportTest {

    private static final LoadedBank BANK = LoadedBank.load(Path.of("question-bank"));
    private static final List<DocumentInfo> DOCUMENTS = BANK.documents().stream().map(d -> new DocumentInfo(d.id(),
            d.title(), d.author(), d.publisher(), d.published(), d.url(), d.notes())).toList();

    @Test
    void everyQuestionOfTheBankWrittenAsGiftComesBackWhole() {
        Map<String, DocumentSpec> documents = BANK.documents().stream().collect(Collectors.toMap(DocumentSpec::id, d -> d));
        var details = BANK.questions().stream().map(q -> details(q, documents)).toList();

        var preview = GiftImport.read(GiftWriter.write(details), DOCUMENTS, id -> false);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.candidates()).hasSameSizeAs(BANK.questions());
        for (int i = 0; i < BANK.questions().size(); i++) {
            QuestionSpec original = BANK.questions().get(i).tidy();
            GiftImport.Candidate back = preview.candidates().get(i);
            assertThat(back.lacksPassage()).isFalse();
            assertThat(back.spec()).as(original.id()).usingRecursiveComparison()
                    .ignoringFields("file", "line").isEqualTo(original);
        }
    }

    @Test
    void moodlesQuestionTypesBecomeDraftsWithNotesOnWhatIsNotKept() {
        var preview = GiftImport.read("""
                $CATEGORY: history/tajikistan/date
                ::Accord signed::When was the General Agreement signed? {
                  =27 June 1997#Right: in Moscow.
                  ~%50%June 1997
                  ~25 May 1995
                  ~24 November 1998
                }

                $CATEGORY: history/general
                [html]<p>The 201st division <b>stayed</b> in Dushanbe.</p>{TRUE#It stayed.}

                Who led the UTO? {=Said Abdullo Nuri =%50%Nuri}

                In what year was the accord signed? {#1997:2}

                In which decade did the civil war end? {#1990..1999}

                Put in order. {=Accord signed -> 1997 =Border group formed -> 1992 =Primakov appointed -> 1996}
                """, DOCUMENTS, id -> id.equals("accord-signed"));

        assertThat(preview.problems()).isEmpty();
        var c = preview.candidates();
        assertThat(c).extracting(x -> x.spec().format()).containsExactly(Format.MULTIPLE_CHOICE, Format.TRUE_FALSE,
                Format.SHORT_ANSWER, Format.SHORT_ANSWER, Format.SHORT_ANSWER, Format.ORDERING);
        assertThat(c.getFirst()).satisfies(mc -> {
            assertThat(mc.spec().id()).isEqualTo("accord-signed-2");
            assertThat(mc.spec().kind()).isEqualTo(Kind.DATE);
            assertThat(mc.spec().answer()).isEqualTo("27 June 1997");
            assertThat(mc.spec().distractors()).containsExactly("June 1997", "25 May 1995", "24 November 1998");
            assertThat(mc.spec().explanation()).isEqualTo("Right: in Moscow.");
            assertThat(mc.lacksPassage()).isTrue();
            assertThat(mc.notes()).anyMatch(n -> n.contains("'accord-signed' is taken"))
                    .anyMatch(n -> n.contains("partial credit (50%) for 'June 1997'"));
        });
        assertThat(c.get(1).spec()).satisfies(tf -> {
            assertThat(tf.prompt()).isEqualTo("The 201st division stayed in Dushanbe.");
            assertThat(tf.answer()).isEqualTo("true");
            assertThat(tf.kind()).isNull();
        });
        // {TRUE#It stayed.}: Moodle shows that feedback to a wrong answer, which Footnote does not keep; so it says so.
        assertThat(c.get(1).notes()).contains("feedback on single answers is not kept");
        assertThat(c.get(2).spec().accept()).containsExactly("Nuri");
        assertThat(c.get(3).spec()).satisfies(n -> {
            assertThat(n.answer()).isEqualTo("1997");
            assertThat(n.accept()).containsExactly("1995", "1996", "1998", "1999");
        });
        assertThat(c.get(4).spec().accept()).hasSize(9).contains("1990", "1999");
        assertThat(c.get(5).spec().items()).extracting(QuestionSpec.OrderingItem::text)
                .containsExactly("Border group formed", "Primakov appointed", "Accord signed");
        assertThat(c).extracting(x -> x.spec().id()).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void aNumericalAnswerWithPartialCreditIsNotedNotSilentlyGivenFullCredit() {
        var preview = GiftImport.read("When did the border treaty enter into force? {#=1999:0 =%50%1999:2}", DOCUMENTS, id -> false);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.candidates().getFirst().notes())
                .contains("partial credit (50%) for 1999 becomes full credit");
    }

    @Test
    void whatFootnoteCannotHoldIsAProblemOnItsLineNextToTheParsersOwn() {
        var preview = GiftImport.read("""
                Which two? {~%50%Russia ~%50%Iran ~Chile}

                Match the capitals. {=Tajikistan -> Dushanbe =Russia -> Moscow =Uzbekistan -> Tashkent}

                Fine? {T}

                Broken {=a ~b
                """, DOCUMENTS, id -> false);

        assertThat(preview.candidates()).singleElement().satisfies(x -> assertThat(x.line()).isEqualTo(5));
        assertThat(preview.problems()).extracting(GiftProblem::line).containsExactly(1, 3, 7);
        assertThat(preview.problems()).extracting(GiftProblem::reason).anyMatch(r -> r.contains("exactly one answer right"))
                .anyMatch(r -> r.contains("position or year")).anyMatch(r -> r.contains("'}' is missing"));
    }

    @Test
    void aQuestionTheBankHoldsByNameOrByContentIsMarkedAsHeldNotCopied() {
        QuestionSpec held = GiftImport.read("::Accord signed::When was the accord signed? {=1997 =June 1997}", DOCUMENTS,
                id -> false).candidates().getFirst().spec();
        var bank = new GiftImport.BankLookup() {
            @Override
            public java.util.Optional<QuestionSpec> byId(String id) {
                return id.equals(held.id()) ? java.util.Optional.of(held) : java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<QuestionSpec> byContent(QuestionSpec q) {
                return q.prompt().equals(held.prompt()) && q.answer().equals(held.answer()) ? java.util.Optional.of(held)
                        : java.util.Optional.empty();
            }
        };
        var preview = GiftImport.read(GiftParser.parse("""
                ::Accord signed::When was the accord signed? {=1997 =June 1997}

                ::Accord signed::When was the accord signed? {=1997}

                ::Another name::When was the accord signed? {=1997 =June 1997}

                ::New one::Who mediated? {=Primakov}
                """), DOCUMENTS, id -> id.equals(held.id()), bank);
        assertThat(preview.candidates()).extracting(GiftImport.Candidate::inBank).containsExactly(
                new GiftImport.InBank("accord-signed", true), null, null, null);
        // The second and third meet a bank question already met in this file: they are new drafts, suffixed.
        assertThat(preview.candidates()).extracting(c -> c.spec().id())
                .containsExactly("accord-signed", "accord-signed-2", "another-name", "new-one");
        var changed = GiftImport.read(GiftParser.parse("::Accord signed::When was the accord signed? {=1997}"), DOCUMENTS,
                id -> true, bank);
        assertThat(changed.candidates().getFirst().inBank()).isEqualTo(new GiftImport.InBank("accord-signed", false));
        var renamed = GiftImport.read(GiftParser.parse("::Renamed::when was the accord signed? {=1997 =June 1997}"), DOCUMENTS,
                id -> false, bank);
        assertThat(renamed.candidates().getFirst().inBank()).isNull(); // the lookup here compares prompts exactly
        var sameUnderAnotherName = GiftImport.read(GiftParser.parse("::Another name::When was the accord signed? {=1997 =June 1997}"),
                DOCUMENTS, id -> false, bank);
        assertThat(sameUnderAnotherName.candidates().getFirst().inBank()).isEqualTo(new GiftImport.InBank("accord-signed", true));
        var nearUnderAnotherName = GiftImport.read(GiftParser.parse("::Another name::When was the accord signed? {=1997}"),
                DOCUMENTS, id -> false, bank);
        assertThat(nearUnderAnotherName.candidates().getFirst().inBank()).as("only the very same question, under another name")
                .isNull();
    }

    @Test
    void idsAreKebabCaseAndUniqueWithinTheFileToo() {
        assertThat(GiftImport.slug("Été 1997: Accord \u2014 Moscow!")).isEqualTo("ete-1997-accord-moscow");
        var preview = GiftImport.read("::Q::One? {T}\n\n::Q::Two? {F}\n\nNo name here at all today? {T}\n", DOCUMENTS, id -> false);
        assertThat(preview.candidates()).extracting(x -> x.spec().id()).containsExactly("q", "q-2", "gift-no-name-here-at-all-today");
        assertThat(Set.copyOf(preview.candidates().get(1).notes())).anyMatch(n -> n.contains("'q' is taken"));
    }

    static QuestionDetails details(QuestionSpec q, Map<String, DocumentSpec> documents) {
        var items = IntStream.range(0, q.items().size()).mapToObj(i -> new QuestionDetails.Item(q.items().get(i).text(),
                passage(documents.get(q.items().get(i).documentId()), q.items().get(i).quote(), q.id()))).toList();
        return new QuestionDetails(q.id(), q.kind(), q.format(), q.prompt(), q.answer(), q.accept(), q.distractors(),
                items, q.explanation(), passage(documents.get(q.documentId()), q.quote(), q.id()), QuestionStatus.ACTIVE, q.tags(),
                q.difficulty(), q.keyTerms());
    }

    private static SourcePassage passage(DocumentSpec d, String quote, String questionId) {
        return new SourcePassage(d.id(), d.title(), d.author(), d.publisher(), d.published(), quote, null, questionId, null);
    }
}
