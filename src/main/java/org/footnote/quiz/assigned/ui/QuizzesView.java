package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.footnote.account.Role;
import org.footnote.quiz.assigned.InvalidQuizException;
import org.footnote.quiz.assigned.QuizAuthoringService;
import org.footnote.quiz.assigned.QuizListRow;
import org.footnote.shared.ui.NarrowScreens;
import org.footnote.shared.ui.Times;

/** An instructor's quizzes: start a new one, open one to edit and publish, or read its results. */
@Route("quizzes")
@PageTitle("Quizzes · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class QuizzesView extends VerticalLayout {

    public QuizzesView(QuizAuthoringService authoring) {
        addClassName("quizzes-view");
        var title = new TextField("New quiz");
        title.setPlaceholder("e.g. Week 3: the civil war years");
        title.setMaxLength(200);
        var create = new Button("Create quiz", e -> {
            try {
                long id = authoring.create(title.getValue());
                getUI().ifPresent(ui -> ui.navigate(QuizEditorView.class, params(id)));
            } catch (InvalidQuizException ex) {
                title.setInvalid(true);
                title.setErrorMessage(ex.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(title, create);
        form.addClassName("classes-form");

        Grid<QuizListRow> grid = new Grid<>();
        grid.addColumn(QuizListRow::title).setHeader("Quiz").setFlexGrow(3);
        var questions = grid.addColumn(QuizListRow::questions).setHeader("Questions").setAutoWidth(true);
        grid.addColumn(q -> q.classes().isEmpty() ? "Not published" : String.join(", ", q.classes()))
                .setHeader("Published to").setFlexGrow(2);
        var closes = grid.addColumn(q -> q.closesAt() == null ? "No closing date" : Times.format(q.closesAt())).setHeader("Closes").setAutoWidth(true);
        var attempts = grid.addColumn(QuizListRow::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addComponentColumn(q -> {
            var edit = new Button("Edit", e -> getUI().ifPresent(ui -> ui.navigate(QuizEditorView.class, params(q.id()))));
            edit.setAriaLabel("Edit " + q.title());
            var results = new Button("Results", e -> getUI().ifPresent(ui -> ui.navigate(QuizResultsView.class, params(q.id()))));
            results.setAriaLabel("Results of " + q.title());
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            results.addThemeVariants(ButtonVariant.TERTIARY);
            var actions = new Div(edit, results);
            actions.addClassName("grid-actions");
            return actions;
        }).setHeader("Actions").setKey("actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        NarrowScreens.hideOnPhones(grid, questions, closes, attempts);
        var rows = authoring.mine();
        grid.setItems(rows);
        add(new H1("Quizzes"), form);
        if (rows.isEmpty()) {
            add(new Paragraph("You have no quizzes yet. Create one, add questions by hand or by rules, then publish it to a class."));
        }
        add(grid);
    }

    static RouteParameters params(long quizId) {
        return new RouteParameters("quizId", String.valueOf(quizId));
    }
}
