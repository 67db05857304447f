package org.footnote.quiz.assigned;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import org.footnote.account.AppUser;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionRow;
import org.footnote.classes.ClassService;
import org.footnote.quiz.assigned.ui.QuizEditorView;
import org.footnote.quiz.assigned.ui.QuizzesView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An instructor assembles and publishes a quiz in the browser's place: the editor, as clicked. */
class QuizEditorViewTest extends KaribuTest {

    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService authoring;

    private long createThroughTheList(String title) {
        UI.getCurrent().navigate(QuizzesView.class);
        _setValue(_get(TextField.class, s -> s.withLabel("New quiz")), title);
        _click(_get(Button.class, s -> s.withText("Create quiz")));
        assertThat(_get(H1.class, s -> s.withText(title))).isNotNull();
        return authoring.mine().getFirst().id();
    }

    @Test
    void anInstructorAssemblesAQuizByHandAndByRuleReordersItAndPublishesIt() {
        AppUser teacher = newInstructor();
        login(teacher);
        var c = classes.create("IR 210");
        long quizId = createThroughTheList("Civil war dates");

        _click(_get(Button.class, s -> s.withText("Add questions from the bank")));
        @SuppressWarnings("unchecked")
        Grid<QuestionRow> bank = _get(Grid.class, s -> s.withClasses("question-picker-grid"));
        List<QuestionRow> rows = IntStream.range(0, GridKt._size(bank)).mapToObj(i -> GridKt._get(bank, i)).toList();
        rows.stream().filter(r -> r.id().equals("test-accord-date") || r.id().equals("test-president")).forEach(bank::select);
        _click(_get(Button.class, s -> s.withText("Add selected")));

        _click(_get(Button.class, s -> s.withText("Add a rule")));
        _setValue(_get(IntegerField.class, s -> s.withLabel("How many")), 1);
        @SuppressWarnings("unchecked")
        Select<Kind> kind = _get(Select.class, s -> s.withLabel("Kind"));
        kind.setValue(Kind.ACTOR);
        assertThat(_get(Paragraph.class, s -> s.withText("1 active question matches."))).isNotNull();
        _click(_get(Button.class, s -> s.withText("Add rule")));

        QuizDraft draft = authoring.draft(quizId);
        assertThat(draft.slots()).hasSize(3);
        assertThat(draft.slots().get(2).label()).isEqualTo("1 random actor question from any document");
        String second = draft.slots().get(1).spec().questionId();
        Grid<?> slots = _get(Grid.class, s -> s.withClasses("slots-grid"));
        Button up = (Button) GridKt._getCellComponent(slots, 1, "moves").getChildren().findFirst().orElseThrow();
        assertThat(up.getAriaLabel()).contains("Move question 2 up");
        _click(up);
        assertThat(authoring.draft(quizId).slots().getFirst().spec().questionId()).isEqualTo(second);

        @SuppressWarnings("unchecked")
        CheckboxGroup<ClassService.ClassSummary> to = _get(CheckboxGroup.class, s -> s.withLabel("Publish to these classes"));
        to.setValue(java.util.Set.copyOf(to.getListDataView().getItems().toList()));
        _click(_get(Button.class, s -> s.withText("Save publishing")));
        assertThat(authoring.draft(quizId).classIds()).containsExactly(c.id());
        assertThat(_get(Paragraph.class, s -> s.withClasses("editor-status")).getText()).isEqualTo("Published to IR 210.");
    }

    @Test
    void aQuizIsDuplicatedWithItsSettingsQuestionsRulesAndClassesAndAnEmptyTitleChangesNothing() {
        login(newInstructor());
        var c = classes.create("IR 210");
        long quizId = authoring.create("Week 3");
        authoring.saveSettings(quizId, new QuizSettings("Week 3", "Read chapter 2 first.", 15, 2, false, true,
                org.footnote.quiz.FeedbackTiming.EACH_ANSWER, null, null));
        authoring.setSlots(quizId, List.of(SlotSpec.question("test-accord-date"),
                SlotSpec.rule(new DrawRule(1, null, Kind.ACTOR, null))));
        authoring.publish(quizId, java.util.Set.of(c.id()));
        UI.getCurrent().navigate(QuizEditorView.class, new com.vaadin.flow.router.RouteParameters("quizId", String.valueOf(quizId)));

        _click(_get(Button.class, s -> s.withText("Duplicate quiz")));
        TextField title = _get(TextField.class, s -> s.withLabel("Title of the copy"));
        assertThat(title.getValue()).isEqualTo("Week 3 (copy)");
        assertThat(_get(com.vaadin.flow.component.checkbox.Checkbox.class,
                s -> s.withLabel("Publish it to the same classes: IR 210")).getValue()).isTrue();
        _setValue(title, " ");
        _click(_get(Button.class, s -> s.withText("Duplicate")));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the quiz a title.");
        assertThat(authoring.mine()).hasSize(1);

        _setValue(title, "Week 3, second group");
        _click(_get(Button.class, s -> s.withText("Duplicate")));
        assertThat(authoring.mine()).hasSize(2);
        long copy = authoring.mine().stream().filter(q -> q.id() != quizId).findFirst().orElseThrow().id();
        QuizDraft original = authoring.draft(quizId);
        QuizDraft duplicate = authoring.draft(copy);
        assertThat(duplicate.settings()).isEqualTo(original.settings().titled("Week 3, second group"));
        assertThat(duplicate.slots()).extracting(QuizDraft.Slot::spec).containsExactlyElementsOf(
                original.slots().stream().map(QuizDraft.Slot::spec).toList());
        assertThat(duplicate.classIds()).containsExactly(c.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Week 3, second group");
        assertThat(_get(Paragraph.class, s -> s.withClasses("editor-status")).getText())
                .isEqualTo("Copied from \u201cWeek 3\u201d and published to IR 210.");
    }

    @Test
    void anotherInstructorsQuizCannotBeDuplicated() {
        login(newInstructor());
        long quizId = authoring.create("Private");
        login(newInstructor());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> authoring.duplicate(quizId, "Mine now", false))
                .isInstanceOf(QuizNotFoundException.class);
        assertThat(authoring.mine()).isEmpty();
    }

    @Test
    void badSettingsAreShownBesideTheirFieldsAndNothingIsSaved() {
        login(newInstructor());
        long quizId = createThroughTheList("Settings check");
        _setValue(_get(IntegerField.class, s -> s.withLabel("Time limit (minutes)")), 0);
        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "");
        _click(_get(Button.class, s -> s.withText("Save settings")));
        IntegerField limit = _get(IntegerField.class, s -> s.withLabel("Time limit (minutes)"));
        assertThat(limit.isInvalid()).isTrue();
        assertThat(limit.getErrorMessage()).contains("1 to 600 minutes");
        assertThat(_get(TextField.class, s -> s.withLabel("Title")).getErrorMessage()).isEqualTo("Give the quiz a title.");
        assertThat(authoring.draft(quizId).settings().title()).isEqualTo("Settings check");
        assertThat(authoring.draft(quizId).settings().timeLimitMinutes()).isNull();

        _setValue(_get(TextField.class, s -> s.withLabel("Title")), "Settings checked");
        _setValue(_get(IntegerField.class, s -> s.withLabel("Time limit (minutes)")), 15);
        _click(_get(Button.class, s -> s.withText("Save settings")));
        assertThat(authoring.draft(quizId).settings().timeLimitMinutes()).isEqualTo(15);
        assertThat(_get(H1.class, s -> s.withText("Settings checked"))).isNotNull();
    }

    @Test
    void publishingAnEmptyQuizIsRefusedWithAReason() {
        login(newInstructor());
        classes.create("Seminar");
        createThroughTheList("Empty");
        @SuppressWarnings("unchecked")
        CheckboxGroup<ClassService.ClassSummary> to = _get(CheckboxGroup.class, s -> s.withLabel("Publish to these classes"));
        to.setValue(java.util.Set.copyOf(to.getListDataView().getItems().toList()));
        _click(_get(Button.class, s -> s.withText("Save publishing")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("editor-status")).getText()).contains("Add questions before publishing");
    }

    @Test
    void anotherInstructorsQuizIdInTheUrlLeadsBackToTheirOwnList() {
        login(newInstructor());
        long quizId = authoring.create("Private");
        login(newInstructor());
        UI.getCurrent().navigate(QuizEditorView.class, new com.vaadin.flow.router.RouteParameters("quizId", String.valueOf(quizId)));
        assertThat(_find(H1.class, s -> s.withText("Private"))).isEmpty();
        assertThat(_get(H1.class, s -> s.withText("Quizzes"))).isNotNull();
    }

    @Test
    void aStudentCannotOpenTheQuizPages() {
        login(newStudent());
        UI.getCurrent().navigate("quizzes");
        assertThat(_find(H1.class, s -> s.withText("Quizzes"))).isEmpty();
    }
}
