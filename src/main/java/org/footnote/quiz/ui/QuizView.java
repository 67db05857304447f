package org.footnote.quiz.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.footnote.bank.Format;
import org.footnote.quiz.AttemptNotFoundException;
import org.footnote.quiz.Feedback;
import org.footnote.quiz.AttemptFrame;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.TimeUpException;
import org.footnote.quiz.QuizQuestion;
import org.footnote.shared.ServerTimings;
import org.footnote.shared.ui.Announcer;
import org.footnote.bank.Question;

/**
 * Taking a quiz, practice or assigned, one question at a time. Enter submits, then moves on; number
 * keys choose an option. The URL holds the attempt, so leaving and coming back resumes at the first
 * unanswered question. An assigned quiz may show a countdown and keep feedback back until later (its
 * button then says "Save answer"); a navigator shows every question's state and goes to any of them,
 * and one "Submit quiz" button asks first, naming the questions still unanswered.
 */
@Route("practice/:attemptId([0-9]+)")
@PageTitle("Practice quiz · Footnote")
@PermitAll
public class QuizView extends VerticalLayout implements BeforeEnterObserver {

    private final AttemptService attempts;
    private final ServerTimings timings;
    private final Span title = new Span();
    private final Countdown countdown = new Countdown(this::timeUp);
    private final Div stage = new Div();
    private final Span counter = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Button submit = new Button("Check answer");
    private final Button next = new Button();
    private final Button submitQuiz = new Button("Submit quiz");
    private final QuestionNavigator navigator = new QuestionNavigator(this::goTo);
    private final Button change = new Button("Change answer");
    private final Button previous = new Button("Previous question");
    private final Paragraph hint = new Paragraph();
    private long attemptId;
    private QuizQuestion question;
    private AnswerInput input;
    private long shownAt;
    private final List<ShortcutRegistration> numberKeys = new ArrayList<>();

    public QuizView(AttemptService attempts, ServerTimings timings) {
        this.attempts = attempts;
        this.timings = timings;
        addClassName("quiz-view");
        counter.addClassName("quiz-counter");
        progress.getElement().setAttribute("aria-hidden", "true");
        stage.addClassName("quiz-stage");
        submit.setId("quiz-check");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> submit());
        next.setId("quiz-next");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> next());
        hint.addClassName("quiz-hint");
        submitQuiz.setId("quiz-submit");
        submitQuiz.addClickListener(e -> confirmSubmit());
        submitQuiz.setVisible(false);
        navigator.setVisible(false);
        change.addClickListener(e -> changeAnswer());
        previous.addClickListener(e -> goTo(question.position() - 1));
        change.setVisible(false);
        previous.setVisible(false);
        var actions = new Div(previous, submit, next, change, submitQuiz);
        actions.addClassName("quiz-actions");
        keepEnterToButtons(actions);
        title.addClassName("quiz-title");
        var head = new Div(title, countdown);
        head.addClassName("quiz-head");
        add(head, navigator, new Div(counter, progress), stage, hint, actions);
        Shortcuts.addShortcutListener(this, this::enter, Key.ENTER).listenOn(this).resetFocusOnActiveElement();
    }

    /**
     * Enter on a focused button (Next, Submit quiz, a question's number) presses that button only:
     * it must not also reach the quiz's Enter shortcut, which would act a second time.
     */
    static void keepEnterToButtons(com.vaadin.flow.component.Component area) {
        area.getElement().executeJs("this.addEventListener('keydown', e => { if (e.key === 'Enter') e.stopPropagation(); })");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        try {
            QuizQuestion q = attempts.current(attemptId);
            if (q.frame().assigned() && q.frame().finished()) {
                event.forwardTo(SummaryView.class, summaryOf(attemptId));
                return;
            }
            showFrame(q.frame());
            show(q);
        } catch (AttemptNotFoundException e) {
            event.forwardTo(PracticeView.class);
        }
    }

    private void showFrame(AttemptFrame frame) {
        title.setText(frame.assigned() ? frame.title() : "");
        title.setVisible(frame.assigned());
        if (frame.timed()) {
            countdown.start(frame.timeLeft());
        }
        // An assigned quiz has one way to submit, this button, which asks first (Moodle's habit).
        submitQuiz.setVisible(frame.assigned());
        navigator.setVisible(frame.assigned());
    }

    /** Before submitting: how many questions are still unanswered, each one click away, and a last word. */
    private void confirmSubmit() {
        List<Boolean> answered = attempts.answered(attemptId);
        List<Integer> open = java.util.stream.IntStream.range(0, answered.size()).filter(i -> !answered.get(i)).boxed().toList();
        var dialog = new ConfirmDialog();
        dialog.setId("quiz-submit-confirm");
        dialog.setHeader("Submit the quiz?");
        dialog.setText(submitSummary(answered.size(), open, dialog));
        dialog.setConfirmText("Submit");
        dialog.addConfirmListener(e -> {
            attempts.finish(attemptId);
            toSummary();
        });
        dialog.setCancelable(true);
        dialog.setCancelText("Keep working");
        dialog.open();
    }

    private Div submitSummary(int total, List<Integer> open, ConfirmDialog dialog) {
        var box = new Div();
        box.addClassName("quiz-submit-summary");
        if (open.isEmpty()) {
            box.add(new Paragraph("All " + total + " questions are answered. Answers cannot change after submitting."));
            return box;
        }
        box.add(new Paragraph(unansweredSentence(open.size(), total)));
        var list = new com.vaadin.flow.component.html.UnorderedList();
        for (int position : open) {
            var go = new Button("Go to question " + (position + 1), e -> {
                dialog.close();
                goTo(position);
            });
            go.addThemeVariants(ButtonVariant.TERTIARY);
            list.add(new com.vaadin.flow.component.html.ListItem(go));
        }
        box.add(list, new Paragraph("Answers cannot change after submitting."));
        return box;
    }

    /** "2 of 3 questions are not answered: they count as wrong." */
    static String unansweredSentence(int unanswered, int total) {
        return unanswered + " of " + total + (total == 1 ? " question " : " questions ")
                + (unanswered == 1 ? "is" : "are") + " not answered: " + (unanswered == 1 ? "it counts" : "they count")
                + " as wrong.";
    }

    /** The navigator's jump: any question, answered or not (the server still has the last word on time). */
    private void goTo(int position) {
        QuizQuestion q = timings.nextQuestion(() -> attempts.question(attemptId, position));
        if (q.frame().finished() && q.frame().assigned()) {
            timeUp();
        } else {
            show(q);
        }
    }

    private void show(QuizQuestion q) {
        question = q;
        counter.setText("Question " + (q.position() + 1) + " of " + q.total());
        progress.setValue((double) q.position() / q.total());
        stage.removeAll();
        var prompt = new H1(q.prompt());
        prompt.addClassName("quiz-prompt");
        prompt.setId("quiz-prompt");
        input = AnswerInput.of(q);
        stage.add(prompt, input.component());
        bindNumberKeys(q.format() == Format.MULTIPLE_CHOICE || q.format() == Format.TRUE_FALSE ? q.options().size() : 0);
        hint.setText("");
        submit.setText(heldBack() ? "Save answer" : "Check answer");
        // With feedback held back the student may move back and change answers until submitting.
        previous.setVisible(heldBack() && q.position() > 0);
        showNavigator();
        if (q.answered()) {
            showFeedback(q.feedback(), false);
        } else {
            awaitAnswer();
        }
    }

    private void showNavigator() {
        if (question.frame().assigned()) {
            navigator.show(attempts.answered(attemptId), question.position());
        }
    }

    private boolean heldBack() {
        return question.frame().assigned() && !question.frame().feedbackShown();
    }

    private void awaitAnswer() {
        submit.setVisible(true);
        submit.setEnabled(true);
        next.setVisible(false);
        change.setVisible(false);
        shownAt = System.nanoTime();
        input.focus();
    }

    /** Held-back feedback only: the answer is asked again and replaces the saved one. */
    private void changeAnswer() {
        show(new QuizQuestion(question.attemptId(), question.position(), question.total(), question.kind(),
                question.format(), question.prompt(), question.options(), null, question.frame()));
    }

    private void submit() {
        if (question.answered()) {
            return;
        }
        var given = input.answer();
        if (given.isEmpty()) {
            hint.setText("Give an answer first" + (question.options().isEmpty() ? "." : ", or press its number."));
            Announcer.announce(hint.getText());
            return;
        }
        long elapsedMs = (System.nanoTime() - shownAt) / 1_000_000;
        Feedback feedback;
        try {
            feedback = timings.answer(() -> switch (question.format()) {
                case ORDERING -> attempts.answerOrdering(attemptId, question.position(), input.order(), elapsedMs);
                default -> attempts.answer(attemptId, question.position(), given.get(), elapsedMs);
            });
        } catch (TimeUpException e) {
            timeUp();
            return;
        } catch (AttemptService.AnswerTooLongException e) {
            hint.setText(e.getMessage());
            Announcer.announce(e.getMessage());
            return;
        }
        question = new QuizQuestion(question.attemptId(), question.position(), question.total(), question.kind(),
                question.format(), question.prompt(), question.options(), feedback, question.frame());
        hint.setText("");
        showFeedback(feedback, true);
        showNavigator();
    }

    private void showFeedback(Feedback feedback, boolean announce) {
        input.lock();
        var panel = feedback.shown() ? new FeedbackPanel(feedback, this::claimRight) : new SavedPanel(feedback, question.frame());
        stage.add(panel);
        submit.setVisible(false);
        change.setVisible(!feedback.shown());
        next.setText(question.last() ? "See your results" : "Next question");
        // The last question of an assigned quiz leads to Submit quiz, the one button that submits.
        next.setVisible(!(question.last() && question.frame().assigned()));
        // Focus the feedback, not the Next button: the Enter that submitted may still be held, and its
        // key-up on a focused button would skip the feedback. Enter (a shortcut) moves on from here.
        panel.getElement().setAttribute("tabindex", "-1");
        panel.getElement().callJsFunction("focus");
        progress.setValue((double) (question.position() + 1) / question.total());
        if (announce) {
            Announcer.announce(feedback.shown() ? FeedbackPanel.announcement(feedback) : "Answer saved.");
        }
    }

    /** "I was right": the answer counts as right from now on; the panel shows it so. */
    private void claimRight() {
        Feedback feedback = attempts.claimRight(attemptId, question.position());
        question = new QuizQuestion(question.attemptId(), question.position(), question.total(), question.kind(),
                question.format(), question.prompt(), question.options(), feedback, question.frame());
        stage.getChildren().filter(FeedbackPanel.class::isInstance).findFirst().ifPresent(stage::remove);
        showFeedback(feedback, false);
        Announcer.announce("Counted as right.");
    }

    private void next() {
        if (!question.answered()) {
            return;
        }
        if (!question.last()) {
            goTo(question.position() + 1);
        } else if (question.frame().assigned()) {
            confirmSubmit();
        } else {
            attempts.finish(attemptId);
            toSummary();
        }
    }

    /** The countdown reached zero, or the server refused a late answer: the server has the last word. */
    void timeUp() {
        AttemptFrame frame = attempts.frame(attemptId);
        if (frame.finished()) {
            countdown.stop();
            toSummary();
            Announcer.announce("Time is up. Your quiz was submitted with the answers you gave.");
        } else if (frame.timed()) {
            countdown.start(frame.timeLeft()); // the browser ran fast: count the rest again
        }
    }

    private void toSummary() {
        getUI().ifPresent(ui -> ui.navigate(SummaryView.class, summaryOf(attemptId)));
    }

    private static com.vaadin.flow.router.RouteParameters summaryOf(long attemptId) {
        return new com.vaadin.flow.router.RouteParameters("attemptId", String.valueOf(attemptId));
    }

    private void enter() {
        if (question.answered()) {
            next();
        } else {
            submit();
        }
    }

    /** Number keys choose options, but only while a choice is shown (they must still type into answers). */
    private void bindNumberKeys(int count) {
        numberKeys.forEach(ShortcutRegistration::remove);
        numberKeys.clear();
        for (int n = 1; n <= Math.min(count, 9); n++) {
            int number = n;
            numberKeys.add(Shortcuts.addShortcutListener(this, () -> input.pressNumber(number),
                    Key.of(String.valueOf(n))).listenOn(this));
        }
    }
}
