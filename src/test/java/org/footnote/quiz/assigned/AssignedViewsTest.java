package org.footnote.quiz.assigned;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.footnote.account.AppUser;
import org.footnote.classes.ClassService;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.FeedbackTiming;
import org.footnote.quiz.assigned.ui.AssignedView;
import org.footnote.quiz.assigned.ui.QuizResultsView;
import org.footnote.support.KaribuTest;
import org.footnote.shared.ui.Announcer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.footnote.bank.Question;

/** A student takes an assigned quiz in the views, and the instructor reads its results. */
class AssignedViewsTest extends KaribuTest {

    @Autowired
    ClassService classes;
    @Autowired
    QuizAuthoringService authoring;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AttemptService attempts;
    @Autowired
    QuizResultsService results;

    /** The button that answers a question (it only saves while feedback is held back). */
    private static final String SAVE = "Save answer";

    private AssignedQuizFixture fixture(FeedbackTiming feedback, Integer minutes, int students) {
        List<AppUser> learners = IntStream.range(0, students).mapToObj(i -> newStudent()).toList();
        return AssignedQuizFixture.create(classes, authoring, this::login, newInstructor(), learners,
                AssignedQuizFixture.settings(feedback, minutes, 1), AssignedQuizFixture.handPicked());
    }

    @Test
    void aStudentStartsFromAssignedQuizzesAnswersWithFeedbackHeldBackAndSeesItOnSubmitting() {
        var f = fixture(FeedbackTiming.AFTER_SUBMISSION, 20, 1);
        login(f.students().getFirst());
        UI.getCurrent().navigate(AssignedView.class);
        assertThat(_get(H2.class, s -> s.withText("Week 3 check"))).isNotNull();
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .contains("3 questions, time limit 20 minutes (it keeps running if you leave the page).", "Attempts: 0 of 1 used.");
        _click(_get(Button.class, s -> s.withText("Start quiz")));

        assertThat(_get(Span.class, s -> s.withClasses("quiz-title")).getText()).isEqualTo("Week 3 check");
        assertThat(_get(Span.class, s -> s.withClasses("quiz-countdown")).getText()).isIn("Time left 20:00", "Time left 19:59");
        _setValue(_get(RadioButtonGroup.class), "25 May 1995");
        _click(_get(Button.class, s -> s.withText(SAVE)));
        assertThat(_get(H2.class, s -> s.withText("Answer saved"))).isNotNull();
        assertThat(_find(H2.class, s -> s.withClasses("feedback-verdict"))).isEmpty();
        assertThat(_get(Announcer.class).getText()).isEqualTo("Answer saved.");
        _click(_get(Button.class, s -> s.withText("Change answer")));
        _setValue(_get(RadioButtonGroup.class), "27 June 1997");
        _click(_get(Button.class, s -> s.withText(SAVE)));
        _click(_get(Button.class, s -> s.withText("Next question")));
        _click(_get(Button.class, s -> s.withText("Previous question")));
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withClasses("feedback-given")).getText())
                .isEqualTo("Your answer: 27 June 1997");
        _click(_get(Button.class, s -> s.withText("Next question")));
        _setValue(_get(TextField.class), "Primakov");
        _click(_get(Button.class, s -> s.withText(SAVE)));
        _click(_get(Button.class, s -> s.withText("Next question")));
        _setValue(_get(RadioButtonGroup.class), "False");
        _click(_get(Button.class, s -> s.withText(SAVE)));
        _click(_get(Button.class, s -> s.withText("Submit quiz")));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(_get(H1.class).getText()).isEqualTo("Week 3 check: your results");
        assertThat(_get(Paragraph.class, s -> s.withClasses("summary-score")).getText()).startsWith("3 of 3 right");
        everyQuestionIsReviewedWithItsSource(3);
        _click(_get(Button.class, s -> s.withText("Back to assigned quizzes")));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .anyMatch(t -> t.startsWith("Attempt 1, submitted") && t.contains(": 3 of 3."));
        assertThat(_find(Button.class, s -> s.withText("Start another attempt"))).isEmpty();
        UI.getCurrent().navigate(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withText("See attempt 1")).getHref());
        everyQuestionIsReviewedWithItsSource(3);
    }

    /** Each question of the summary: its prompt, the verdict and the source card, as practice feedback shows them. */
    private static void everyQuestionIsReviewedWithItsSource(int questions) {
        var lines = _get(com.vaadin.flow.component.html.OrderedList.class, s -> s.withClasses("summary-lines"));
        var items = lines.getChildren().toList();
        assertThat(items).hasSize(questions).allSatisfy(li -> {
            assertThat(_find(li, H2.class, s -> s.withClasses("feedback-verdict"))).hasSize(1);
            assertThat(_find(li, org.footnote.bank.ui.components.SourceCard.class)).isNotEmpty();
            assertThat(_find(li, com.vaadin.flow.component.html.Anchor.class, s -> s.withText("Read in context"))).isNotEmpty();
        });
    }

    @Test
    void whenTimeRunsOutTheQuizIsSubmittedAndTheStudentIsToldWhy() {
        var f = fixture(FeedbackTiming.AFTER_SUBMISSION, 5, 1);
        login(f.students().getFirst());
        long attempt = assignments.start(f.quizId());
        UI.getCurrent().navigate("practice/" + attempt);
        _setValue(_get(RadioButtonGroup.class), "27 June 1997");
        clock.advance(Duration.ofMinutes(6));
        _click(_get(Button.class, s -> s.withText(SAVE)));
        assertThat(_get(Paragraph.class, s -> s.withClasses("summary-time-up")).getText()).contains("time limit ran out");
        assertThat(_get(Paragraph.class, s -> s.withClasses("summary-score")).getText()).startsWith("0 of 3 right");
        assertThat(_get(Announcer.class).getText()).startsWith("Time is up.");
    }

    @Test
    void theNavigatorShowsEveryQuestionsStateGoesToAnyAndTheOneSubmitButtonNamesTheUnanswered() {
        var f = fixture(FeedbackTiming.AFTER_SUBMISSION, null, 1);
        login(f.students().getFirst());
        long attempt = assignments.start(f.quizId());
        UI.getCurrent().navigate("practice/" + attempt);
        assertThat(navigator()).containsExactly("Question 1, not answered yet, current", "Question 2, not answered yet",
                "Question 3, not answered yet");
        assertThat(_find(Button.class, s -> s.withText("Check answer"))).as("held back: it only saves").isEmpty();
        assertThat(_find(Button.class).stream().filter(b -> b.isVisible() && b.getText().startsWith("Submit"))).hasSize(1);

        _setValue(_get(RadioButtonGroup.class), "27 June 1997");
        _click(_get(Button.class, s -> s.withText(SAVE)));
        assertThat(navigator()).first().isEqualTo("Question 1, answered, current");
        _click(_find(Button.class).stream().filter(b -> b.getAriaLabel().orElse("").equals("Question 3, not answered yet"))
                .findFirst().orElseThrow());
        assertThat(_get(Span.class, s -> s.withClasses("quiz-counter")).getText()).isEqualTo("Question 3 of 3");
        assertThat(navigator()).containsExactly("Question 1, answered", "Question 2, not answered yet",
                "Question 3, not answered yet, current");

        _click(_get(Button.class, s -> s.withText("Submit quiz")));
        var dialog = _get(ConfirmDialog.class);
        assertThat(_find(dialog, Paragraph.class)).first().extracting(Paragraph::getText)
                .isEqualTo("2 of 3 questions are not answered: they count as wrong.");
        _click(_get(dialog, Button.class, s -> s.withText("Go to question 2")));
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        assertThat(_get(Span.class, s -> s.withClasses("quiz-counter")).getText()).isEqualTo("Question 2 of 3");
        _setValue(_get(TextField.class), "Primakov");
        _click(_get(Button.class, s -> s.withText(SAVE)));
        _click(_get(Button.class, s -> s.withText("Submit quiz")));
        assertThat(_find(_get(ConfirmDialog.class), Paragraph.class)).first().extracting(Paragraph::getText)
                .isEqualTo("1 of 3 questions is not answered: it counts as wrong.");
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(_get(Paragraph.class, s -> s.withClasses("summary-score")).getText()).startsWith("2 of 3 right (67%)");
    }

    @Test
    void withFeedbackAfterEachAnswerTheButtonChecksTheAnswer() {
        var f = fixture(FeedbackTiming.EACH_ANSWER, null, 1);
        login(f.students().getFirst());
        UI.getCurrent().navigate("practice/" + assignments.start(f.quizId()));
        _setValue(_get(RadioButtonGroup.class), "27 June 1997");
        _click(_get(Button.class, s -> s.withText("Check answer")));
        assertThat(_get(H2.class, s -> s.withClasses("feedback-verdict")).getElement().getTextRecursively()).contains("Correct");
        assertThat(navigator()).first().isEqualTo("Question 1, answered, current");
    }

    /** The navigator's buttons by their accessible names. */
    private static List<String> navigator() {
        return _find(_get(com.vaadin.flow.component.html.Nav.class, s -> s.withClasses("quiz-navigator")), Button.class)
                .stream().map(b -> b.getAriaLabel().orElseThrow()).toList();
    }

    @Test
    void questionsLeftUnansweredAtTheTimeLimitCountAsWrongForTheStudentAndTheInstructorAlike() {
        var f = fixture(FeedbackTiming.AFTER_SUBMISSION, 5, 1);
        login(f.students().getFirst());
        long attempt = assignments.start(f.quizId());
        UI.getCurrent().navigate("practice/" + attempt);
        _setValue(_get(RadioButtonGroup.class), "27 June 1997");
        _click(_get(Button.class, s -> s.withText(SAVE)));
        clock.advance(Duration.ofMinutes(6));
        UI.getCurrent().navigate("practice/" + attempt);

        assertThat(_get(Paragraph.class, s -> s.withClasses("summary-score")).getText())
                .startsWith("1 of 3 right (33%)").contains("2 questions were not answered; they count as wrong.");
        List<String> lines = _find(ListItem.class, s -> s.withClasses("is-wrong")).stream()
                .map(l -> l.getElement().getTextRecursively()).toList();
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).contains("Not answered"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("Yevgeny Primakov"));
        everyQuestionIsReviewedWithItsSource(3);

        login(f.teacher());
        QuizResults r = results.results(f.quizId(), true);
        assertThat(r.attempts().getFirst().percent()).isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(results.attemptsCsv(f.quizId(), true).lines().toList().get(1)).contains(",1.00,3,33.33,1.00,0.00,0.00");
    }

    @Test
    void theInstructorReadsEachStudentAndEachQuestionAndGetsCsv() {
        var f = fixture(FeedbackTiming.EACH_ANSWER, null, 3);
        String[][] answers = {{"27 June 1997", "Primakov", "false"}, {"27 June 1997", "nobody", "true"}, {"1995", "x", "true"}};
        for (int s = 0; s < 3; s++) {
            login(f.students().get(s));
            long attempt = assignments.start(f.quizId());
            for (int q = 0; q < 3; q++) {
                attempts.answer(attempt, q, answers[s][q], 1000);
            }
            attempts.finish(attempt);
        }
        login(f.teacher());
        UI.getCurrent().navigate(QuizResultsView.class, new RouteParameters("quizId", String.valueOf(f.quizId())));
        assertThat(_get(H1.class).getText()).isEqualTo("Week 3 check: results");
        Grid<?> questions = _get(Grid.class, s -> s.withClasses("item-stats"));
        assertThat(GridKt._size(questions)).isEqualTo(3);
        QuizResults r = results.results(f.quizId(), true);
        assertThat(r.analysis().mean()).isEqualTo(4.0 / 3);
        assertThat(r.slots().get(0).item().facility()).isEqualTo(2.0 / 3);
        assertThat(r.slots().get(0).questions().getFirst().choices()).extracting(QuizResults.Choice::answer, QuizResults.Choice::count)
                .startsWith(org.assertj.core.groups.Tuple.tuple("27 June 1997", 2));
        assertThat(results.attemptsCsv(f.quizId(), true).lines().toList()).hasSize(4)
                .first().asString().startsWith("Student,Username,Attempt,Started (UTC),Time (s),Submitted at time limit,Score");
        assertThat(results.questionsCsv(f.quizId(), true)).contains("Facility index (%)").contains("66.67");
        for (String link : List.of("Download attempts (CSV)", "Download question statistics (CSV)")) {
            byte[] file = com.github.mvysny.kaributesting.v10.DownloadKt._download(
                    _get(com.vaadin.flow.component.html.Anchor.class, s -> s.withText(link)));
            assertThat(file).as("UTF-8 byte-order mark, for Excel").startsWith(0xEF, 0xBB, 0xBF);
            assertThat(new String(file, java.nio.charset.StandardCharsets.UTF_8)).startsWith("\uFEFF").doesNotStartWith("\uFEFF\uFEFF").contains("Q1");
        }

        login(newInstructor());
        UI.getCurrent().navigate(QuizResultsView.class, new RouteParameters("quizId", String.valueOf(f.quizId())));
        assertThat(_find(H1.class, s -> s.withText("Week 3 check: results"))).isEmpty();
    }
}
