package org.footnote.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import org.footnote.quiz.AttemptNotFoundException;
import org.footnote.quiz.AttemptSummary;
import org.footnote.quiz.AttemptService;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.StartedQuiz;

/**
 * The end of a quiz: score, time, every question with its feedback and source (once an assigned quiz
 * releases them), and the missed ones again in one click.
 */
@Route("practice/:attemptId([0-9]+)/summary")
@PageTitle("Quiz results · Footnote")
@PermitAll
public class SummaryView extends VerticalLayout implements BeforeEnterObserver {

    private final AttemptService attempts;
    private final PracticeService practice;

    public SummaryView(AttemptService attempts, PracticeService practice) {
        this.attempts = attempts;
        this.practice = practice;
        addClassName("summary-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        try {
            AttemptSummary summary = attempts.summary(attemptId);
            if (summary.frame().assigned() && !summary.frame().finished()) {
                // Not submitted yet: back to the questions rather than a summary that would say it was.
                event.forwardTo(QuizView.class, new RouteParameters("attemptId", String.valueOf(attemptId)));
                return;
            }
            show(summary);
        } catch (AttemptNotFoundException e) {
            event.forwardTo(PracticeView.class);
        }
    }

    private void show(AttemptSummary summary) {
        removeAll();
        add(new H1(summary.frame().assigned() ? summary.frame().title() + ": your results" : "Your results"));
        if (summary.submittedAtTimeLimit()) {
            var timeUp = new Paragraph("The time limit ran out, so the quiz was submitted with the answers you had given.");
            timeUp.addClassName("summary-time-up");
            add(timeUp);
        }
        if (!summary.frame().feedbackShown()) {
            showHeldBack(summary);
            return;
        }
        add(AttemptReviewList.score(summary), new AttemptReviewList(summary.lines()));
        var actions = new Div();
        actions.addClassName("summary-actions");
        if (summary.missedCount() > 0) {
            var again = new Button("Practise the " + summary.missedCount() + " missed again", e -> again(summary.attemptId()));
            again.addThemeVariants(ButtonVariant.PRIMARY);
            actions.add(again);
        }
        if (summary.frame().assigned()) {
            actions.add(backToAssigned());
        } else {
            actions.add(new Button("New practice quiz", e -> getUI().ifPresent(ui -> ui.navigate(PracticeView.class))));
        }
        add(actions);
    }

    /** Submitted, but the quiz shows correctness later: what was answered, and when the rest comes. */
    private void showHeldBack(AttemptSummary summary) {
        var done = new Paragraph("Submitted. You answered " + summary.answered() + " of " + summary.total()
                + " questions in " + words(summary.time()) + ". " + SavedPanel.when(summary.frame()));
        done.addClassName("summary-score");
        add(done, backToAssigned());
    }

    private Button backToAssigned() {
        return new Button("Back to assigned quizzes", e -> getUI().ifPresent(ui -> ui.navigate("assigned")));
    }

    private void again(long attemptId) {
        StartedQuiz quiz = practice.practiseMissed(attemptId);
        getUI().ifPresent(ui -> ui.navigate(QuizView.class, new RouteParameters("attemptId", String.valueOf(quiz.attemptId()))));
    }

    static String words(Duration time) {
        long minutes = time.toMinutes();
        long seconds = time.toSecondsPart();
        return minutes == 0 ? seconds + " s" : minutes + " min " + seconds + " s";
    }
}
