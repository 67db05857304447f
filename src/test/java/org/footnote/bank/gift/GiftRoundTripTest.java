package org.footnote.bank.gift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.footnote.bank.files.DocumentSpec;
import org.footnote.bank.Format;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.QuestionSpec;
import org.footnote.bank.QuestionStatus;
import org.footnote.bank.SourcePassage;
import org.junit.jupiter.api.Test;

/** Every question of the real bank, written as GIFT and read back, keeps what GIFT can carry. */
class GiftRoundTripTest {

    @Test
    void theWholeBankSurvivesARoundTrip() {
        LoadedBank bank = LoadedBank.load(Path.of("question-bank"));
        Map<String, DocumentSpec> documents = bank.documents().stream().collect(Collectors.toMap(DocumentSpec::id, d -> d));
        List<QuestionDetails> questions = bank.questions().stream().map(q -> details(q, documents.get(q.documentId()))).toList();

        var result = GiftParser.parse(GiftWriter.write(questions));

        assertThat(result.problems()).isEmpty();
        assertThat(result.questions()).hasSize(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            QuestionDetails q = questions.get(i);
            GiftQuestion g = result.questions().get(i);
            assertThat(g.name()).isEqualTo(q.id());
            assertThat(g.prompt()).isEqualTo(q.prompt().replace('\n', ' '));
            assertThat(g.generalFeedback()).contains(q.source().quote().strip()).contains(q.source().title());
            switch (q.format()) {
                case MULTIPLE_CHOICE -> {
                    assertThat(g.type()).isEqualTo(GiftQuestion.Type.MULTIPLE_CHOICE);
                    assertThat(g.answers().getFirst().text()).isEqualTo(q.answer());
                    assertThat(g.answers().subList(1, g.answers().size())).extracting(GiftQuestion.Answer::text)
                            .containsExactlyElementsOf(q.distractors());
                }
                case TRUE_FALSE -> assertThat(g.answers().getFirst().text()).isEqualToIgnoringCase(q.answer());
                case SHORT_ANSWER -> assertThat(g.answers()).extracting(GiftQuestion.Answer::text)
                        .containsExactlyElementsOf(concat(q.answer(), q.accept()));
                case ORDERING -> assertThat(g.answers()).extracting(GiftQuestion.Answer::text)
                        .containsExactlyElementsOf(q.itemTexts());
            }
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }

    private static QuestionDetails details(QuestionSpec q, DocumentSpec d) {
        var source = new SourcePassage(d.id(), d.title(), d.author(), d.publisher(), d.published(), q.quote(), null, q.id(), null);
        var items = IntStream.range(0, q.items().size()).mapToObj(i -> new QuestionDetails.Item(q.items().get(i).text(),
                source)).toList();
        return new QuestionDetails(q.id(), q.kind(), q.format(), q.prompt(), q.answer(), q.accept(), q.distractors(),
                items, q.explanation(), source, QuestionStatus.ACTIVE, q.tags(), q.difficulty(), q.keyTerms());
    }
}
