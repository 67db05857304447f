package org.footnote.bank;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.footnote.FootnoteProperties;
import org.footnote.bank.ui.BankView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.files.BankProblem;

class BankViewTest extends KaribuTest {

    @Autowired
    FootnoteProperties properties;
    @Autowired
    BankSyncService sync;
    @Autowired
    BankService bank;

    @Test
    void anInstructorSeesTheBankCountedByDocumentKindAndFormat() {
        LoadedBank real = LoadedBank.load(properties.bankDir());
        login(newInstructor());
        UI.getCurrent().navigate(BankView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bank-headline")).getText())
                .startsWith(real.questions().size() + " active questions from " + real.documents().size() + " documents");
        List<Grid> grids = _find(Grid.class);
        assertThat(grids).hasSize(3);
        assertThat(GridKt._size(grids.get(0))).isEqualTo(real.documents().size());
        assertThat(GridKt._size(grids.get(1))).isEqualTo(real.documents().size());
    }

    @Test
    void aRefusedBankIsShownWithEveryProblem() {
        sync.refuse(List.of(new BankProblem("questions/x.yaml", 12, "x-1: the answer must appear in the quote")));
        try {
            login(newInstructor());
            UI.getCurrent().navigate(BankView.class);
            var problems = _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("bank-problems"));
            assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(problems, com.vaadin.flow.component.html.ListItem.class))
                    .extracting(li -> li.getText())
                    .containsExactly("questions/x.yaml:12: x-1: the answer must appear in the quote");
        } finally {
            sync.sync(LoadedBank.load(properties.bankDir()));
        }
    }

    @Test
    void theQuestionGridFiltersInTheDatabaseAndPreviewsAQuestionWithItsSource() {
        login(newInstructor());
        UI.getCurrent().navigate(BankView.class);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("bank-count")).getText())
                .isEqualTo("9 questions");
        _setValue(_get(com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Kind")), Kind.ACTOR);
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("bank-count")).getText())
                .isEqualTo("2 questions");
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, s -> s.withLabel("Search")), "primakov");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withId("bank-count")).getText())
                .isEqualTo("1 question");
        @SuppressWarnings("unchecked")
        Grid<org.footnote.bank.QuestionRow> grid = _find(Grid.class).get(2);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Active");
        assertThat(GridKt._getFormatted(grid, 0, "kind")).isEqualTo("Actors");
        @SuppressWarnings("unchecked")
        var status = (com.vaadin.flow.component.select.Select<QuestionStatus>) _get(
                com.vaadin.flow.component.select.Select.class, s -> s.withLabel("Status"));
        assertThat(java.util.Arrays.stream(QuestionStatus.values()).map(status.getItemLabelGenerator()))
                .containsExactly("Active", "Retired", "Draft");
        _click(_get(GridKt._getCellComponent(grid, 0, "actions"), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withText("Preview")));
        assertThat(_get(org.footnote.bank.ui.components.SourceCard.class)).isNotNull();
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains("Answer: Yevgeny Primakov (also accepted: Primakov)");
    }

    @Test
    void theBankFilterCountsAndPagesMatchAtAnyOffset() {
        login(newInstructor());
        long count = bank.count(BankFilter.any());
        var all = bank.rows(BankFilter.any(), 0, (int) count + 10);
        assertThat(all).hasSize((int) count);
        assertThat(bank.rows(BankFilter.any(), 3, 2)).containsExactlyElementsOf(all.subList(3, 5));
        var tagged = new BankFilter("test-olimov", null, null, null, "border", QuestionStatus.ACTIVE, null);
        assertThat(bank.rows(tagged, 0, 50)).extracting(org.footnote.bank.QuestionRow::id)
                .containsExactlyInAnyOrder("test-border-share", "test-border-group-tf", "test-border-service");
    }

    @Test
    void percentAndUnderscoreAreSearchedForAsThemselvesNotAsWildcards() {
        login(newInstructor());
        long all = bank.count(BankFilter.any());
        // As wildcards, "%" and "_" matched every question; as characters, only those that hold them.
        for (String typed : java.util.List.of("%", "_", "\\")) {
            var found = bank.rows(new BankFilter(null, null, null, null, null, null, typed), 0, (int) all);
            assertThat(found).as("questions found by '%s'", typed).hasSizeLessThan((int) all)
                    .allSatisfy(row -> assertThat(textOf(row.id())).contains(typed));
        }
        assertThat(bank.count(new BankFilter(null, null, null, null, "%", null, null))).isZero();
        assertThat(bank.count(new BankFilter(null, null, null, null, null, null, "primakov"))).isPositive();
    }

    private String textOf(String questionId) {
        var q = context.getBean(QuestionEditService.class).load(questionId).orElseThrow().spec();
        return (q.prompt() + " " + q.answer() + " " + q.quote()).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void theFilteredQuestionsExportAsGiftWithTheirSources() {
        login(newInstructor());
        var filter = new BankFilter("test-olimov", Kind.ACTOR, null, null, null, QuestionStatus.ACTIVE, null);
        String gift = bank.exportGift(filter);
        var parsed = org.footnote.bank.gift.GiftParser.parse(gift);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.questions()).extracting(org.footnote.bank.gift.GiftQuestion::name)
                .containsExactly("test-president", "test-primakov");
        assertThat(parsed.questions().getFirst().generalFeedback()).contains("Source:").contains("Mouzaffar Olimov");
    }

    @Test
    void theFilteredQuestionsExportAsMoodleXmlWithTheirSourcesAndTheLinkIsOffered() {
        login(newInstructor());
        var filter = new BankFilter("test-olimov", Kind.ACTOR, null, null, null, QuestionStatus.ACTIVE, null);
        var parsed = org.footnote.bank.gift.MoodleXmlParser.parse(bank.exportMoodleXml(filter));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.questions()).extracting(org.footnote.bank.gift.GiftQuestion::name)
                .containsExactly("test-president", "test-primakov");
        assertThat(parsed.questions().getFirst().generalFeedback()).contains("Source:").contains("Mouzaffar Olimov");
        UI.getCurrent().navigate("bank");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withClasses("bank-export-xml")).getText())
                .isEqualTo("as Moodle XML");
    }

    @Test
    void eachQuestionsStatisticsCountEveryLearnersAnswers() {
        var practice = context.getBean(org.footnote.quiz.PracticeService.class);
        var attempts = context.getBean(org.footnote.quiz.AttemptService.class);
        for (String given : java.util.List.of("25 May 1995", "25 May 1995", "27 June 1997")) {
            login(newStudent());
            var quiz = practice.start(new org.footnote.quiz.PracticeSettings(java.util.Set.of(), java.util.Set.of(Kind.DATE),
                    java.util.Set.of(Format.MULTIPLE_CHOICE), 5));
            attempts.answer(quiz.attemptId(), 0, given, 1000);
        }
        login(newInstructor());
        QuestionStats stats = bank.stats("test-accord-date");
        assertThat(stats.answers()).isGreaterThanOrEqualTo(3);
        assertThat(stats.commonWrong()).first().satisfies(w -> {
            assertThat(w.answer()).isEqualTo("25 May 1995");
            assertThat(w.times()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void theYamlExportHoldsEveryActiveQuestion() throws Exception {
        login(newInstructor());
        byte[] zip = bank.exportYamlZip();
        int questions = 0;
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                questions += (int) text.lines().filter(l -> l.startsWith("- id: ")).count();
            }
        }
        assertThat(questions).isEqualTo((int) bank.count(new BankFilter(null, null, null, null, null,
                QuestionStatus.ACTIVE, null)));
    }
}
