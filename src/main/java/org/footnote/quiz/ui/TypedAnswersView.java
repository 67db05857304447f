package org.footnote.quiz.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.footnote.account.Role;
import org.footnote.bank.InvalidQuestionException;
import org.footnote.quiz.TypedAnswerReview;
import org.footnote.quiz.TypedAnswerReview.TypedForm;
import org.footnote.shared.ui.Announcer;
import org.footnote.bank.Question;

/**
 * Instructors' review of typed answers the grader refused: students' "I was right" claims first,
 * then the commonest wrong forms. Accepting a form for everyone re-grades every past answer to its
 * question; rejecting a claim counts those answers as wrong again.
 */
@Route(TypedAnswersView.ROUTE)
@PageTitle("Typed answers to review · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class TypedAnswersView extends VerticalLayout {

    public static final String ROUTE = "bank/typed-answers";

    private final TypedAnswerReview review;
    private final Grid<TypedForm> grid = new Grid<>();
    private final Checkbox claimsOnly = new Checkbox("Only answers students said were right");
    private final Paragraph status = new Paragraph();
    private final Paragraph empty = new Paragraph();

    public TypedAnswersView(TypedAnswerReview review) {
        this.review = review;
        addClassName("typed-answers-view");
        add(new H1("Typed answers to review"));
        add(new Paragraph("Typed answers the grader marked wrong, and those students counted as right with \u201cI was "
                + "right\u201d. Accept a form for everyone and it joins the question's accepted forms (with its history): "
                + "every past answer to that question is graded again, and scores, Mistakes, cards and Progress follow. "
                + "Reject a claim and those answers count as wrong again."));
        status.addClassName("typed-answers-status");
        status.getElement().setAttribute("role", "status");
        empty.addClassName("typed-answers-empty");
        claimsOnly.addValueChangeListener(e -> refresh());
        grid.addColumn(f -> f.prompt() + " (" + f.answer() + ")").setHeader("Question (answer)").setFlexGrow(4)
                .setAutoWidth(false);
        grid.addColumn(TypedForm::typed).setHeader("Typed answer").setFlexGrow(2);
        grid.addColumn(TypedForm::wrong).setHeader("Marked wrong").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(TypedForm::claimed).setHeader("Said right").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(TypedForm::students).setHeader("Students").setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> f.note() == null ? "" : f.note()).setHeader("Grader's reason").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("decision").setHeader("Decision").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        add(claimsOnly, status, empty, grid);
        refresh();
    }

    private Div actions(TypedForm form) {
        var accept = new Button("Accept for everyone", e -> confirmAccept(form));
        accept.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
        accept.setAriaLabel("Accept \u201c" + form.typed() + "\u201d for everyone");
        var box = new Div(accept);
        if (form.claimed() > 0) {
            var reject = new Button("Reject", e -> reject(form));
            reject.addThemeVariants(ButtonVariant.SMALL);
            reject.setAriaLabel("Reject the claims that \u201c" + form.typed() + "\u201d was right");
            box.add(reject);
        }
        box.addClassName("typed-answer-actions");
        return box;
    }

    private void confirmAccept(TypedForm form) {
        var dialog = new ConfirmDialog("Accept \u201c" + form.typed() + "\u201d for everyone?",
                "It becomes an accepted form of the question \u201c" + form.prompt() + "\u201d, and every past answer to "
                        + "that question is graded again with it.", "Accept", e -> accept(form));
        dialog.setCancelable(true);
        dialog.setCancelText("Cancel");
        dialog.open();
    }

    private void accept(TypedForm form) {
        try {
            var outcome = review.acceptForEveryone(form.questionId(), form.typed());
            say("Accepted \u201c" + form.typed() + "\u201d for everyone: " + answers(outcome.answers()) + " now right"
                    + (outcome.claims() == 0 ? "" : ", " + claims(outcome.claims()) + " confirmed") + " ("
                    + students(outcome.students()) + ").");
        } catch (InvalidQuestionException e) {
            say("Not accepted: " + e.breaches().getFirst().reason() + ".");
        }
        refresh();
    }

    private void reject(TypedForm form) {
        var outcome = review.reject(form.questionId(), form.typed());
        say("Rejected: " + answers(outcome.answers()) + " of " + students(outcome.students()) + " now wrong again.");
        refresh();
    }

    private void refresh() {
        List<TypedForm> forms = review.forms(claimsOnly.getValue());
        grid.setItems(forms);
        grid.setVisible(!forms.isEmpty());
        empty.setText(forms.isEmpty() ? (claimsOnly.getValue() ? "No student has said a wrong answer was right."
                : "No typed answer has been marked wrong yet.") : "");
        empty.setVisible(forms.isEmpty());
    }

    private void say(String message) {
        status.setText(message);
        Announcer.announce(message);
    }

    private static String answers(int n) {
        return n == 1 ? "1 answer" : n + " answers";
    }

    private static String claims(int n) {
        return n == 1 ? "1 claim" : n + " claims";
    }

    private static String students(int n) {
        return n == 1 ? "1 student" : n + " students";
    }
}
