package org.footnote.progress;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.util.Set;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.cards.ReviewService;
import org.footnote.cards.fsrs.Rating;
import org.footnote.progress.ui.MistakesView;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;
import org.footnote.quiz.ui.QuizView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Mistakes review: what was missed, filters, search, fixed vs still missed, practise again, own data only. */
class MistakesTest extends KaribuTest {

    @Autowired
    PracticeService practice;

    @Autowired
    org.footnote.quiz.AttemptService attempts;
    @Autowired
    MistakeService mistakes;
    @Autowired
    ReviewService reviews;

    @BeforeEach
    void signIn() {
        login(newStudent());
    }

    @Test
    void aMissedQuestionIsListedOnceWithTheLastWrongAnswerAndCount() {
        miss("25 May 1995");
        miss("19 October 1992");

        UI.getCurrent().navigate(MistakesView.class);
        Grid<Mistake> grid = grid();
        assertThat(GridKt._size(grid)).isEqualTo(1);
        Mistake m = GridKt._get(grid, 0);
        assertThat(m.timesMissed()).isEqualTo(2);
        assertThat(m.lastWrongAnswer()).isEqualTo("19 October 1992");
        assertThat(m.question().answer()).isEqualTo("27 June 1997");
        assertThat(_get(Paragraph.class, s -> s.withClasses("mistakes-count")).getText()).isEqualTo("1 question still missed.");
    }

    @Test
    void aMissedOrderingShowsBothOrdersAsNumberedListsNotJson() {
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(), Set.of(Format.ORDERING), 5));
        var q = attempts.question(quiz.attemptId(), 0);
        var wrongOrder = new java.util.ArrayList<>(q.options());
        java.util.Collections.reverse(wrongOrder);
        var right = context.getBean(org.footnote.bank.QuestionCatalog.class).details("test-order").orElseThrow().itemTexts();
        if (wrongOrder.equals(right)) {
            java.util.Collections.swap(wrongOrder, 0, 1);
        }
        attempts.answerOrdering(quiz.attemptId(), 0, wrongOrder, 1000);

        UI.getCurrent().navigate(MistakesView.class);
        var last = GridKt._getCellComponent(grid(), 0, "last-answer");
        assertThat(last).isInstanceOf(OrderedList.class);
        assertThat(last.getChildren().map(c -> c.getElement().getText())).containsExactlyElementsOf(wrongOrder);
        assertThat(last.getElement().getTextRecursively()).doesNotContain("[", "\"");
        assertThat(GridKt._getCellComponent(grid(), 0, "right-answer").getChildren().map(c -> c.getElement().getText()))
                .containsExactlyElementsOf(right);
    }

    @Test
    void eachRowHasAShowButtonThatOpensTheWholeQuestionBothAnswersAndTheSource() {
        miss("25 May 1995");
        UI.getCurrent().navigate(MistakesView.class);
        Grid<Mistake> grid = grid();
        String prompt = GridKt._get(grid, 0).question().prompt();
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(GridKt._getFormatted(grid, 0, "question")).isEqualTo(prompt);

        Button show = (Button) GridKt._getCellComponent(grid, 0, "details");
        assertThat(show.getText()).isEqualTo("Show");
        assertThat(show.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(show.getAriaLabel()).get().asString().startsWith("Show");
        _click(show);

        assertThat(grid.isDetailsVisible(GridKt._get(grid, 0))).isTrue();
        assertThat(show.getText()).isEqualTo("Hide");
        assertThat(show.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        var details = GridKt._getItemDetailsComponent(grid, 0);
        assertThat(details.getElement().getTextRecursively()).contains(prompt, "Your last answer", "25 May 1995",
                "Right answer", "27 June 1997");
        assertThat(details.getChildren()).anyMatch(c -> c instanceof org.footnote.bank.ui.components.SourceCard);

        _click(show);
        assertThat(grid.isDetailsVisible(GridKt._get(grid, 0))).isFalse();
        assertThat(show.getText()).isEqualTo("Show");
    }

    @Test
    void datesAreInTheViewersZoneInTheAppsOneFormat() {
        var zone = java.time.ZoneId.of("America/Los_Angeles");
        com.vaadin.flow.server.VaadinSession.getCurrent().setAttribute(java.time.ZoneId.class, zone);
        miss("25 May 1995");
        UI.getCurrent().navigate(MistakesView.class);
        var lastMissed = GridKt._get(grid(), 0).lastMissed();
        assertThat(GridKt._getFormatted(grid(), 0, "last-missed")).isEqualTo(java.time.format.DateTimeFormatter
                .ofPattern("EEE d MMM yyyy", java.util.Locale.ENGLISH).format(lastMissed.atZone(zone)));
        assertThat(org.footnote.shared.ui.Times.format(lastMissed)).startsWith(GridKt._getFormatted(grid(), 0, "last-missed") + ", ");
    }

    @Test
    void answeringItRightMovesItToFixedWithoutDeletingIt() {
        miss("25 May 1995");
        clock.advance(Duration.ofMinutes(1));
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
        attempts.answer(quiz.attemptId(), 0, "27 June 1997", 1000);

        UI.getCurrent().navigate(MistakesView.class);
        assertThat(GridKt._size(grid())).isZero();
        _setValue(_get(RadioButtonGroup.class), "All, fixed ones too");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        assertThat(GridKt._get(grid(), 0).stillMissed()).isFalse();
    }

    @Test
    void aFlashcardRatedAgainIsAMistakeToo() {
        for (int i = 0; i < 7; i++) {
            var card = reviews.next().orElseThrow();
            reviews.rate(card, Rating.EASY, 500);
        }
        clock.advance(Duration.ofDays(60));
        var due = reviews.next().orElseThrow();
        reviews.rate(due, Rating.AGAIN, 500);

        assertThat(mistakes.mistakes(MistakeFilter.all())).singleElement().satisfies(m -> {
            assertThat(m.question().id()).isEqualTo(due.questionId());
            assertThat(m.lastWrongAnswer()).isEqualTo(MistakeService.FLASHCARD_LAPSE);
        });
    }

    @Test
    void filtersAndSearchNarrowTheList() {
        miss("25 May 1995");
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.ACTOR), Set.of(Format.SHORT_ANSWER), 5));
        attempts.answer(quiz.attemptId(), 0, "Nobody at all", 1000);
        UI.getCurrent().navigate(MistakesView.class);
        assertThat(GridKt._size(grid())).isEqualTo(2);

        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Kinds")), Set.of(Kind.DATE));
        assertThat(GridKt._size(grid())).isEqualTo(1);
        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Kinds")), Set.of());
        _setValue(_get(TextField.class, s -> s.withLabel("Search")), "general agreement");
        assertThat(GridKt._size(grid())).isEqualTo(1);
        _setValue(_get(TextField.class, s -> s.withLabel("Search")), "no such words");
        assertThat(_get(Paragraph.class, s -> s.withClasses("mistakes-count")).getText()).isEqualTo("No mistakes match.");

        _setValue(_get(MultiSelectComboBox.class, s -> s.withLabel("Kinds")), Set.of(Kind.DATE));
        _click(_get(Button.class, s -> s.withText("Clear filters")));
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(_get(TextField.class, s -> s.withLabel("Search")).getValue()).isEmpty();
        assertThat(_get(MultiSelectComboBox.class, s -> s.withLabel("Kinds")).getValue()).isEmpty();
        assertThat(_get(Button.class, s -> s.withText("Clear filters")).isEnabled()).isFalse();
    }

    @Test
    void aNewStudentSeesNoMistakesYetWithAHintNotNoMatch() {
        UI.getCurrent().navigate(MistakesView.class);
        var empty = _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("mistakes-empty"));
        assertThat(empty.isVisible()).isTrue();
        assertThat(empty.getElement().getTextRecursively()).contains("No mistakes yet", "Start a practice quiz");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Grid.class)).isEmpty(); // hidden, not an empty grid
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(TextField.class)).isEmpty(); // no filters for nothing
        assertThat(_get(Paragraph.class, s -> s.withClasses("mistakes-count")).getText()).doesNotContain("match");
    }

    @Test
    void chosenFiltersWrapInsteadOfBeingCut() {
        miss("25 May 1995");
        UI.getCurrent().navigate(MistakesView.class);
        for (String label : new String[] {"Documents", "Kinds"}) {
            assertThat(_get(MultiSelectComboBox.class, s -> s.withLabel(label)).getAutoExpand())
                    .isEqualTo(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        }
    }

    @Test
    void practiseTheseAgainStartsAQuizOfTheListedMistakes() {
        miss("25 May 1995");
        UI.getCurrent().navigate(MistakesView.class);
        _click(_get(Button.class, s -> s.withText("Practise these again")));
        _get(QuizView.class);
        assertThat(_get(com.vaadin.flow.component.html.H1.class, s -> s.withId("quiz-prompt")).getText())
                .contains("General Agreement on Peace");
    }

    @Test
    void anotherLearnerSeesNoneOfIt() {
        miss("25 May 1995");
        login(newStudent());
        assertThat(mistakes.mistakes(MistakeFilter.all())).isEmpty();
        UI.getCurrent().navigate(MistakesView.class);
        _get(com.vaadin.flow.component.html.Div.class, s -> s.withClasses("mistakes-empty"));
    }

    private void miss(String wrong) {
        var quiz = practice.start(new PracticeSettings(Set.of(), Set.of(Kind.DATE), Set.of(Format.MULTIPLE_CHOICE), 5));
        attempts.answer(quiz.attemptId(), 0, wrong, 1000);
        clock.advance(Duration.ofSeconds(1));
    }

    @SuppressWarnings("unchecked")
    private static Grid<Mistake> grid() {
        return _get(Grid.class);
    }
}
