package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import org.footnote.quiz.assigned.AssignedQuiz;
import org.footnote.quiz.assigned.AssignmentService;
import org.footnote.quiz.assigned.Availability;
import org.footnote.quiz.assigned.InvalidQuizException;
import org.footnote.quiz.assigned.QuizNotFoundException;
import org.footnote.quiz.ui.QuizView;
import org.footnote.shared.ui.Announcer;
import org.footnote.shared.ui.Times;

/** The quizzes a student's instructors handed to their classes: when, how, and their attempts so far. */
@Route("assigned")
@PageTitle("Assigned quizzes · Footnote")
@PermitAll
public class AssignedView extends VerticalLayout {

    private final AssignmentService assignments;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    public AssignedView(AssignmentService assignments) {
        this.assignments = assignments;
        addClassName("assigned-view");
        status.addClassName("assigned-status");
        list.addClassName("assigned-list");
        add(new H1("Assigned quizzes"), status, list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<AssignedQuiz> quizzes = assignments.assigned();
        if (quizzes.isEmpty()) {
            status.setText("No quizzes have been assigned to you yet. ");
            status.add(new Anchor("classes/join", "Join a class"));
            status.add(" with the code your instructor gave you, and its quizzes appear here.");
        }
        quizzes.forEach(q -> list.add(card(q)));
    }

    private Section card(AssignedQuiz q) {
        var card = new Section();
        card.addClassName("assigned-card");
        card.add(new H2(q.title()));
        if (!q.instructions().isBlank()) {
            var instructions = new Paragraph(q.instructions());
            instructions.addClassName("assigned-instructions");
            card.add(instructions);
        }
        var facts = new UnorderedList();
        facts.addClassName("assigned-facts");
        facts(q).forEach(f -> facts.add(new ListItem(f)));
        card.add(facts);
        if (!q.attempts().isEmpty()) {
            var past = new UnorderedList();
            past.addClassName("assigned-attempts");
            q.attempts().forEach(a -> past.add(pastAttempt(a)));
            card.add(past);
        }
        if (q.openAttemptId() != null) {
            card.add(action("Resume " + q.title(), "Resume", q.quizId()));
        } else if (q.mayStart()) {
            card.add(action("Start " + q.title(), q.attempts().isEmpty() ? "Start quiz" : "Start another attempt", q.quizId()));
        }
        return card;
    }

    private static List<String> facts(AssignedQuiz q) {
        Availability a = q.availability();
        List<String> facts = new ArrayList<>();
        facts.add(switch (a.status()) {
            case NOT_OPEN_YET -> "Opens " + Times.format(a.opensAt()) + ".";
            case OPEN -> a.closesAt() == null ? "Open, with no closing date." : "Open until " + Times.format(a.closesAt()) + ".";
            case CLOSED -> "Closed on " + Times.format(a.closesAt()) + ".";
            case NO_ATTEMPTS_LEFT -> "You have used all your attempts.";
        });
        facts.add(q.questions() + (q.questions() == 1 ? " question" : " questions") + (a.timeLimitMinutes() == null
                ? ", no time limit." : ", time limit " + a.timeLimitMinutes() + (a.timeLimitMinutes() == 1 ? " minute" : " minutes")
                + " (it keeps running if you leave the page)."));
        facts.add(a.attemptsAllowed() == null ? "Attempts: " + a.attemptsUsed() + " used, no limit."
                : "Attempts: " + a.attemptsUsed() + " of " + a.attemptsAllowed() + " used.");
        facts.add("You see whether you were right, with the sources, " + q.feedback().forStudents() + ".");
        if (!q.classes().isEmpty()) {
            facts.add("For " + String.join(", ", q.classes()) + ".");
        }
        return facts;
    }

    private static ListItem pastAttempt(AssignedQuiz.Past a) {
        String text = "Attempt " + a.number() + ", submitted " + Times.format(a.submittedAt())
                + (a.submittedAtTimeLimit() ? " at the time limit" : "") + ": "
                + (a.feedbackShown() ? format(a.score()) + " of " + a.outOf() : "result not released yet") + ". ";
        var item = new ListItem(text);
        item.add(new Anchor("practice/" + a.attemptId() + "/summary", "See attempt " + a.number()));
        return item;
    }

    private Button action(String label, String text, long quizId) {
        var button = new Button(text, e -> start(quizId));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        button.setAriaLabel(label);
        button.setId("assigned-start-" + quizId);
        return button;
    }

    private void start(long quizId) {
        try {
            long attemptId = assignments.start(quizId);
            getUI().ifPresent(ui -> ui.navigate(QuizView.class, new RouteParameters("attemptId", String.valueOf(attemptId))));
        } catch (InvalidQuizException | QuizNotFoundException e) {
            String message = e instanceof QuizNotFoundException ? "This quiz is no longer assigned to you." : e.getMessage();
            status.setText(message);
            Announcer.announce(message);
            refresh();
        }
    }

    private static String format(double score) {
        return score == Math.rint(score) ? String.valueOf((long) score) : String.format(java.util.Locale.ROOT, "%.1f", score);
    }
}
