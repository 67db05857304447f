package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.footnote.classes.ClassService.RosterEntry;
import org.footnote.quiz.assigned.OverrideTerms;
import org.footnote.quiz.assigned.QuizDraft;
import org.footnote.quiz.assigned.QuizSettings;
import org.footnote.shared.ui.Times;

/**
 * Per-student exceptions to the time limit and dates: extra time is an accessibility need
 * (WCAG 2.2.1), and a late start or a make-up date happens.
 */
class OverridesPanel extends Div {

    private final ComboBox<RosterEntry> student = new ComboBox<>("Student");
    private final IntegerField timeLimit = new IntegerField("Their time limit (minutes)");
    private final DateTimePicker opens = new DateTimePicker("Opens for them");
    private final DateTimePicker closes = new DateTimePicker("Closes for them");
    private final Grid<QuizDraft.StudentOverride> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    OverridesPanel(BiConsumer<Long, OverrideTerms> save, LongConsumer remove) {
        addClassName("overrides-panel");
        student.setItemLabelGenerator(s -> s.displayName() + " (" + s.username() + ")");
        timeLimit.setMin(1);
        timeLimit.setMax(QuizSettings.MAX_MINUTES);
        timeLimit.setHelperText("Empty keeps the quiz's limit.");
        opens.setHelperText("Empty keeps the quiz's dates.");
        var add = new Button("Save exception", e -> {
            if (student.getValue() == null) {
                student.setInvalid(true);
                student.setErrorMessage("Choose a student.");
                return;
            }
            save.accept(student.getValue().userId(), new OverrideTerms(timeLimit.getValue(),
                    Times.instant(opens.getValue()), Times.instant(closes.getValue())));
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        grid.addColumn(QuizDraft.StudentOverride::name).setHeader("Student").setFlexGrow(2);
        grid.addColumn(o -> o.terms().timeLimitMinutes() == null ? "As the quiz" : o.terms().timeLimitMinutes() + " min")
                .setHeader("Time limit").setAutoWidth(true);
        var opensColumn = grid.addColumn(o -> o.terms().opensAt() == null ? "As the quiz" : Times.format(o.terms().opensAt())).setHeader("Opens");
        var closesColumn = grid.addColumn(o -> o.terms().closesAt() == null ? "As the quiz" : Times.format(o.terms().closesAt())).setHeader("Closes");
        grid.addComponentColumn(o -> {
            var button = new Button("Remove", e -> remove.accept(o.userId()));
            button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            button.setAriaLabel("Remove the exception for " + o.name());
            return button;
        }).setHeader("Actions").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        org.footnote.shared.ui.NarrowScreens.hideOnPhones(grid, opensColumn, closesColumn);
        var form = new Div(student, timeLimit, opens, closes, add);
        form.addClassName("form-row");
        add(new H2("Exceptions for individual students"), empty, form, grid);
    }

    void show(QuizDraft draft, List<RosterEntry> students) {
        student.setItems(students);
        student.clear();
        timeLimit.clear();
        opens.clear();
        closes.clear();
        student.setInvalid(false);
        timeLimit.setInvalid(false);
        closes.setInvalid(false);
        grid.setItems(draft.overrides());
        grid.setVisible(!draft.overrides().isEmpty());
        empty.setText(draft.classIds().isEmpty() ? "Publish the quiz to a class first; then you can give its students more time or other dates."
                : students.isEmpty() ? "The classes this quiz is published to have no students yet."
                : draft.overrides().isEmpty() ? "No exceptions: every student has the quiz's own time limit and dates." : "");
    }

    void showProblems(Map<String, String> problems) {
        if (problems.containsKey("timeLimitMinutes")) {
            timeLimit.setErrorMessage(problems.get("timeLimitMinutes"));
            timeLimit.setInvalid(true);
        }
        if (problems.containsKey("closesAt")) {
            closes.setErrorMessage(problems.get("closesAt"));
            closes.setInvalid(true);
        }
        if (problems.containsKey("student")) {
            student.setErrorMessage(problems.get("student"));
            student.setInvalid(true);
        }
    }
}
