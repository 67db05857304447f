package org.footnote.classes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.footnote.account.Role;
import org.footnote.classes.ClassService;
import org.footnote.classes.ClassService.ClassSummary;
import org.footnote.classes.ClassService.RosterEntry;
import org.footnote.shared.ui.Announcer;
import org.footnote.shared.ui.NarrowScreens;

/** An instructor's classes: create one, give students its join code, see and manage the roster. */
@Route("classes")
@PageTitle("Classes · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class ClassesView extends VerticalLayout {

    private final ClassService classes;
    private final Grid<ClassSummary> grid = new Grid<>();
    private final Div detail = new Div();
    private final Paragraph status = new Paragraph();

    public ClassesView(ClassService classes) {
        this.classes = classes;
        addClassName("classes-view");
        var name = new TextField("New class");
        name.setPlaceholder("e.g. IR 210, spring term");
        name.setMaxLength(120);
        var create = new Button("Create class", e -> {
            try {
                ClassSummary c = classes.create(name.getValue());
                name.clear();
                refresh();
                grid.select(c);
                say("Created " + c.name() + ". Students join with the code " + c.joinCode() + ".");
            } catch (IllegalArgumentException ex) {
                name.setInvalid(true);
                name.setErrorMessage(ex.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(name, create);
        form.addClassName("classes-form");
        status.getElement().setAttribute("role", "status");
        status.addClassName("classes-status");

        grid.addColumn(ClassSummary::name).setHeader("Class").setFlexGrow(3);
        grid.addColumn(ClassSummary::joinCode).setHeader("Join code").setAutoWidth(true);
        var students = grid.addColumn(ClassSummary::students).setHeader("Students").setAutoWidth(true);
        var instructors = grid.addColumn(c -> String.join(", ", c.instructors())).setHeader("Instructors").setFlexGrow(2);
        NarrowScreens.hideOnPhones(grid, students, instructors);
        grid.setAllRowsVisible(true);
        grid.addSelectionListener(e -> showDetail(e.getFirstSelectedItem().orElse(null)));
        detail.addClassName("class-detail");
        add(new H1("Classes"), form, status, grid, detail);
        refresh();
    }

    private void refresh() {
        var all = classes.taught();
        grid.setItems(all);
        if (all.isEmpty()) {
            status.setText("You have no classes yet. Create one, then give its join code to your students.");
        }
    }

    private void showDetail(ClassSummary c) {
        detail.removeAll();
        if (c == null) {
            return;
        }
        var code = new Span(c.joinCode());
        code.addClassName("join-code");
        var regenerate = new Button("New code", e -> {
            ClassSummary updated = classes.regenerateCode(c.id());
            refresh();
            say("The old code no longer works. The new code is " + updated.joinCode() + ".");
            showDetail(updated);
        });
        var colleague = new TextField("Add a co-instructor (username)");
        colleague.setHelperText("A colleague's instructor username; create their account under Instructors.");
        var add = new Button("Add", e -> {
            try {
                classes.addCoInstructor(c.id(), colleague.getValue());
                refresh();
                say(colleague.getValue() + " now teaches " + c.name() + " too.");
                colleague.clear();
            } catch (IllegalArgumentException ex) {
                colleague.setInvalid(true);
                colleague.setErrorMessage(ex.getMessage());
            }
        });
        Grid<RosterEntry> roster = new Grid<>();
        roster.addComponentColumn(r -> new com.vaadin.flow.component.html.Anchor("students/" + r.userId(), r.displayName()))
                .setHeader("Student").setFlexGrow(2);
        var username = roster.addColumn(RosterEntry::username).setHeader("Username").setFlexGrow(2);
        var joined = roster.addColumn(r -> org.footnote.shared.ui.Times.date(r.joinedAt())).setHeader("Joined").setAutoWidth(true);
        roster.addComponentColumn(r -> {
            var remove = new Button("Remove", e -> {
                classes.removeStudent(c.id(), r.userId());
                say(r.displayName() + " was removed from " + c.name() + "; their own records are kept.");
                refresh();
                showDetail(classes.taught().stream().filter(x -> x.id() == c.id()).findFirst().orElse(null));
            });
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            remove.setAriaLabel("Remove " + r.displayName() + " from " + c.name());
            return remove;
        }).setHeader("Actions").setKey("remove").setAutoWidth(true);
        NarrowScreens.hideOnPhones(roster, username, joined);
        var entries = classes.roster(c.id());
        roster.setItems(entries);
        roster.setAllRowsVisible(true);
        detail.add(new H2(c.name()), new Div(new Span("Join code: "), code, regenerate),
                new Paragraph(entries.isEmpty() ? "No students yet." : entries.size() + (entries.size() == 1 ? " student." : " students.")), roster,
                new Div(colleague, add));
    }

    private void say(String message) {
        status.setText(message);
        Announcer.announce(message);
    }
}
