package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.footnote.account.Role;
import org.footnote.quiz.AttemptNotFoundException;
import org.footnote.quiz.AttemptSummary;
import org.footnote.quiz.assigned.QuizResultsService;
import org.footnote.quiz.assigned.StudentAttemptReview;
import org.footnote.quiz.ui.AttemptReviewList;
import org.footnote.shared.ui.Times;

/**
 * One student's attempt at an assigned quiz, read-only, as the student sees it: every answer with
 * its verdict and source, unanswered ones included. Reached from the quiz's results; the server lets
 * only an instructor of the student's class (one the quiz was published to) read it.
 */
@Route("quizzes/attempts/:attemptId([0-9]+)")
@PageTitle("Student's attempt · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class AttemptReviewView extends VerticalLayout implements BeforeEnterObserver {

    private final QuizResultsService results;

    public AttemptReviewView(QuizResultsService results) {
        this.results = results;
        addClassName("attempt-review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long attemptId = event.getRouteParameters().getLong("attemptId").orElse(-1L);
        try {
            show(results.attempt(attemptId));
        } catch (AttemptNotFoundException e) {
            event.rerouteToError(NotFoundException.class, "No attempt " + attemptId);
        }
    }

    private void show(StudentAttemptReview r) {
        removeAll();
        AttemptSummary summary = r.summary();
        add(new Anchor("quizzes/" + r.quizId() + "/results", "Results of " + r.quizTitle()),
                new H1(r.studentName() + ", attempt " + r.attemptNumber() + ": " + r.quizTitle()));
        var submitted = new Paragraph("Submitted " + Times.format(r.submittedAt())
                + (summary.submittedAtTimeLimit() ? " by the server at the time limit." : ".")
                + " Read-only: what the student sees of this attempt.");
        submitted.addClassName("attempt-review-facts");
        add(submitted);
        if (!r.releasedToStudent()) {
            var held = new Paragraph("The student has not seen these results yet"
                    + (summary.frame().feedbackAfter() == null ? "."
                            : ": the quiz shows them after it closes (" + Times.format(summary.frame().feedbackAfter()) + ")."));
            held.addClassName("attempt-review-held");
            add(held);
        }
        add(AttemptReviewList.score(summary), new AttemptReviewList(summary.lines()));
    }
}
