package org.footnote.quiz;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import java.util.Set;
import org.footnote.account.AppUser;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionEditService;
import org.footnote.classes.ClassService;
import org.footnote.progress.MistakeFilter;
import org.footnote.progress.MistakeService;
import org.footnote.progress.ProgressService;
import org.footnote.quiz.assigned.AssignedQuizFixture;
import org.footnote.quiz.assigned.AssignmentService;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.SlotSpec;
import org.footnote.quiz.ui.QuizView;
import org.footnote.quiz.ui.TypedAnswersView;
import org.footnote.support.KaribuTest;
import org.footnote.shared.ui.Announcer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * When the grader is still wrong: a student's "I was right" in practice, and an instructor accepting
 * a typed form for everyone (past answers re-graded everywhere) or rejecting a claim.
 */
class TypedAnswerReviewTest extends KaribuTest {

    private static final String QUESTION = "test-border-service";

    @Autowired
    PracticeService practice;
    @Autowired
    AttemptService attempts;
    @Autowired
    AttemptItemRepository items;
    @Autowired
    MistakeService mistakes;
    @Autowired
    ProgressService progress;
    @Autowired
    QuestionCatalog catalog;
    @Autowired
    QuestionEditService edits;
    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    AssignmentService assignments;

    @Test
    void iWasRightCountsAWrongTypedAnswerAsRightEverywhere() {
        AppUser student = newStudent();
        login(student);
        long attempt = openPractice();
        type("the Russian border police");

        assertThat(verdict()).isEqualTo("Wrong");
        assertThat(text("feedback-note")).startsWith("Why: ");
        assertThat(mistakes.mistakes(MistakeFilter.all())).extracting(m -> m.question().id()).contains(QUESTION);
        assertThat(progress.dashboard().accuracy()).isZero();

        _click(_get(Button.class, s -> s.withText("I was right")));

        assertThat(verdict()).isEqualTo("Counted as right: you said you were right");
        assertThat(_get(Announcer.class).getText()).isEqualTo("Counted as right.");
        assertThat(_find(Button.class, s -> s.withText("I was right"))).isEmpty();
        AttemptItem item = items.findByAttemptIdOrderByPosition(attempt).getFirst();
        assertThat(item.getCorrect()).isTrue();
        assertThat(item.getOverride()).isEqualTo(AnswerOverride.CLAIMED);
        assertThat(item.getGivenAnswer()).isEqualTo("the Russian border police");
        assertThat(mistakes.mistakes(MistakeFilter.all())).extracting(m -> m.question().id()).doesNotContain(QUESTION);
        assertThat(progress.dashboard().accuracy()).isEqualTo(1.0);
        // Pressing again (a second tab) changes nothing.
        assertThat(attempts.claimRight(attempt, 0).override()).isEqualTo(AnswerOverride.CLAIMED);
        assertThat(progress.dashboard().accuracy()).isEqualTo(1.0);
    }

    @Test
    void aRightAnswerOrAnAssignedQuizOffersNoClaim() {
        login(newStudent());
        long attempt = openPractice();
        type("Federal Border Guard Service");
        assertThat(verdict()).isEqualTo("Correct");
        assertThat(_find(Button.class, s -> s.withText("I was right"))).isEmpty();
        assertThatThrownBy(() -> attempts.claimRight(attempt, 0)).isInstanceOf(IllegalStateException.class);

        AppUser pupil = newStudent();
        var fixture = AssignedQuizFixture.create(classes, authoring, this::login, newInstructor(), List.of(pupil),
                AssignedQuizFixture.settings(FeedbackTiming.EACH_ANSWER, null, null), List.of(SlotSpec.question(QUESTION)));
        login(pupil);
        long assigned = assignments.start(fixture.quizId());
        attempts.answer(assigned, 0, "the border police", 1000);
        assertThat(attempts.question(assigned, 0).feedback().claimable()).isFalse();
        assertThatThrownBy(() -> attempts.claimRight(assigned, 0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptingATypedFormForEveryoneRegradesPastAnswersScoresAndMistakes() {
        String typed = "Russian frontier troops";
        AppUser first = newStudent();
        login(first);
        long practised = openPractice();
        type(typed);
        assertThat(verdict()).isEqualTo("Wrong");

        AppUser second = newStudent();
        var fixture = AssignedQuizFixture.create(classes, authoring, this::login, newInstructor(), List.of(second),
                AssignedQuizFixture.settings(FeedbackTiming.AFTER_SUBMISSION, null, null),
                List.of(SlotSpec.question(QUESTION)));
        login(second);
        long assigned = assignments.start(fixture.quizId());
        attempts.answer(assigned, 0, typed.toLowerCase(), 1000);
        attempts.finish(assigned);
        assertThat(attempts.summary(assigned).score()).isZero();

        login(fixture.teacher());
        var original = edits.load(QUESTION).orElseThrow().spec();
        try {
            acceptThroughTheReviewPage(typed, fixture, practised, first, second, assigned);
        } finally {
            login(fixture.teacher()); // other tests share the test bank: the accepted form goes again
            edits.save(original, org.footnote.bank.QuestionStatus.ACTIVE, edits.load(QUESTION).orElseThrow().version());
        }
    }

    private void acceptThroughTheReviewPage(String typed, AssignedQuizFixture fixture, long practised, AppUser first,
                                            AppUser second, long assigned) {
        UI.getCurrent().navigate(TypedAnswersView.class);
        Grid<TypedAnswerReview.TypedForm> grid = _get(Grid.class);
        int index = rowOf(grid, typed);
        var row = GridKt._get(grid, index);
        assertThat(row.wrong()).isEqualTo(2);
        assertThat(row.students()).isEqualTo(2);

        _click(decision(grid, index, "Accept for everyone"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(Paragraph.class, s -> s.withClasses("typed-answers-status")).getText())
                .isEqualTo("Accepted \u201c" + row.typed() + "\u201d for everyone: 2 answers now right (2 students).");
        assertThat(catalog.details(QUESTION).orElseThrow().accept()).contains(row.typed());
        assertThat(edits.history(QUESTION).getFirst().note()).contains("accepted the typed answer");
        assertThat(edits.history(QUESTION).getFirst().author()).isEqualTo(fixture.teacher().getDisplayName());
        assertThat(items.findByAttemptIdOrderByPosition(practised).getFirst().getCorrect()).isTrue();

        login(second);
        assertThat(attempts.summary(assigned).score()).isEqualTo(1.0);
        login(first);
        assertThat(mistakes.mistakes(MistakeFilter.all())).extracting(m -> m.question().id()).doesNotContain(QUESTION);
        assertThat(progress.dashboard().accuracy()).isEqualTo(1.0);
    }

    @Test
    void rejectingAClaimCountsTheAnswerAsWrongAgain() {
        AppUser student = newStudent();
        login(student);
        long attempt = openPractice();
        type("border guards of Russia");
        attempts.claimRight(attempt, 0);

        login(newInstructor());
        UI.getCurrent().navigate(TypedAnswersView.class);
        _setValue(_get(com.vaadin.flow.component.checkbox.Checkbox.class), true);
        Grid<TypedAnswerReview.TypedForm> grid = _get(Grid.class);
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)))
                .allMatch(f -> f.claimed() > 0);
        Button reject = decision(grid, rowOf(grid, "border guards of Russia"), "Reject");
        assertThat(reject.getAriaLabel()).hasValue("Reject the claims that \u201cborder guards of Russia\u201d was right");
        _click(reject);
        assertThat(_get(Paragraph.class, s -> s.withClasses("typed-answers-status")).getText())
                .isEqualTo("Rejected: 1 answer of 1 student now wrong again.");

        login(student);
        assertThat(attempts.question(attempt, 0).feedback().verdict()).isEqualTo("Wrong: reviewed by an instructor");
        assertThat(mistakes.mistakes(MistakeFilter.all())).extracting(m -> m.question().id()).contains(QUESTION);
        assertThat(progress.dashboard().accuracy()).isZero();
    }

    // --- helpers

    private static int rowOf(Grid<TypedAnswerReview.TypedForm> grid, String typed) {
        return java.util.stream.IntStream.range(0, GridKt._size(grid))
                .filter(i -> GridKt._get(grid, i).questionId().equals(QUESTION) && GridKt._get(grid, i).typed().equalsIgnoreCase(typed))
                .findFirst().orElseThrow();
    }

    private static Button decision(Grid<TypedAnswerReview.TypedForm> grid, int row, String text) {
        var cell = GridKt._getCellComponent(grid, row, "decision");
        return cell.getChildren().filter(c -> c instanceof Button b && b.getText().equals(text)).map(Button.class::cast)
                .findFirst().orElseThrow();
    }

    private long openPractice() {
        StartedQuiz quiz;
        do {
            quiz = practice.start(new PracticeSettings(Set.of("test-olimov"), Set.of(Kind.TERM), Set.of(Format.SHORT_ANSWER), 5));
        } while (!attempts.question(quiz.attemptId(), 0).prompt().equals(catalog.details(QUESTION).orElseThrow().prompt()));
        UI.getCurrent().navigate(QuizView.class, new RouteParameters("attemptId", String.valueOf(quiz.attemptId())));
        return quiz.attemptId();
    }

    private static void type(String answer) {
        _setValue(_get(TextField.class), answer);
        _click(_get(Button.class, s -> s.withText("Check answer")));
    }

    private static String verdict() {
        return _get(H2.class, s -> s.withClasses("feedback-verdict")).getElement().getTextRecursively().strip();
    }

    private static String text(String cls) {
        return _get(Paragraph.class, s -> s.withClasses(cls)).getElement().getTextRecursively();
    }
}
