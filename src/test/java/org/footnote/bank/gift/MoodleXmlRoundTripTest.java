package org.footnote.bank.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.QuestionSpec;
import org.footnote.bank.QuestionStatus;
import org.footnote.bank.files.DocumentSpec;
import org.footnote.bank.files.LoadedBank;
import org.junit.jupiter.api.Test;

/** Every question of the real bank, written as Moodle XML and read back, comes back whole. */
class MoodleXmlRoundTripTest {

    @Test
    void everyQuestionOfTheBankWrittenAsMoodleXmlComesBackWhole() {
        LoadedBank bank = LoadedBank.load(Path.of("question-bank"));
        Map<String, DocumentSpec> documents = bank.documents().stream().collect(Collectors.toMap(DocumentSpec::id, d -> d));
        List<DocumentInfo> infos = bank.documents().stream().map(d -> new DocumentInfo(d.id(), d.title(), d.author(),
                d.publisher(), d.published(), d.url(), d.notes())).toList();
        List<QuestionDetails> details = bank.questions().stream().map(q -> GiftImportTest.details(q, documents)).toList();

        String xml = MoodleXmlWriter.write(details);
        var parsed = MoodleXmlParser.parse(xml);
        var preview = GiftImport.read(parsed, infos, id -> false);

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n  <question type=");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.questions()).hasSameSizeAs(details);
        for (int i = 0; i < details.size(); i++) {
            GiftQuestion g = parsed.questions().get(i);
            assertThat(g.name()).isEqualTo(details.get(i).id());
            assertThat(g.idNumber()).isEqualTo(details.get(i).id());
            assertThat(g.prompt()).as("XML keeps line breaks, which GIFT cannot").isEqualTo(details.get(i).prompt().strip());
            assertThat(g.tags()).isEqualTo(details.get(i).tags());
        }
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.candidates()).hasSameSizeAs(bank.questions());
        for (int i = 0; i < bank.questions().size(); i++) {
            QuestionSpec original = bank.questions().get(i).tidy();
            GiftImport.Candidate back = preview.candidates().get(i);
            assertThat(back.lacksPassage()).isFalse();
            assertThat(back.spec()).as(original.id()).usingRecursiveComparison()
                    .ignoringFields("file", "line").isEqualTo(original);
        }
    }

    @Test
    void textThatLooksLikeMarkupSurvivesTheWriterAndTheParser() {
        String tricky = "1 < 2 && \"quotes\" 'too' ]]> <![CDATA[ &amp; </text></question>";
        var q = new QuestionDetails("tricky", Kind.TERM, Format.MULTIPLE_CHOICE, "Which is " + tricky + "?",
                "A & B", List.of("a]b", "[c]"), List.of("<b>bold</b>", "x ]]> y"), List.of(), "Because " + tricky, null,
                QuestionStatus.ACTIVE, List.of("tag <1>", "tag ]]> 2"), 3, List.of(List.of("a]", "b <c>")));

        String xml = MoodleXmlWriter.write(List.of(q));
        var parsed = MoodleXmlParser.parse(xml);
        var preview = GiftImport.read(parsed, List.of(), id -> false);

        assertThat(xml).doesNotContain(tricky).contains("]]&gt;");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.questions().getFirst().prompt()).isEqualTo("Which is " + tricky + "?");
        // Key terms are a typed cause's (tidy() drops them from a multiple choice), so their token is checked as read.
        assertThat(parsed.questions().getFirst().comments()).isEqualTo("[footnote-kind:term] [footnote-difficulty:3] "
                + "[footnote-accept:a\\]b] [footnote-accept:[c\\]] [footnote-key-terms:a\\], b <c>]");
        assertThat(preview.problems()).isEmpty();
        QuestionSpec back = preview.candidates().getFirst().spec();
        assertThat(back.prompt()).isEqualTo("Which is " + tricky + "?");
        assertThat(back.answer()).isEqualTo("A & B");
        assertThat(back.accept()).containsExactly("a]b", "[c]");
        assertThat(back.distractors()).containsExactly("<b>bold</b>", "x ]]> y");
        assertThat(back.explanation()).isEqualTo("Because " + tricky);
        assertThat(back.tags()).containsExactly("tag <1>", "tag ]]> 2");
        assertThat(back.kind()).isEqualTo(Kind.TERM);
        assertThat(back.difficulty()).isEqualTo(3);
    }

    @Test
    void charactersXmlCannotHoldAreDroppedSoTheFileStaysReadable() {
        var q = new QuestionDetails("bell", Kind.TERM, Format.TRUE_FALSE, "A bell\u0007 rang\u0000.", "true", List.of(),
                List.of(), List.of(), null, null, QuestionStatus.ACTIVE);

        var parsed = MoodleXmlParser.parse(MoodleXmlWriter.write(List.of(q)));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.questions().getFirst().prompt()).isEqualTo("A bell rang.");
        assertThat(parsed.questions().getFirst().answers().getFirst().text()).isEqualTo("true");
    }
}
