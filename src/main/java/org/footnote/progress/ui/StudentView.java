package org.footnote.progress.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.footnote.account.AccountService;
import org.footnote.account.Role;
import org.footnote.progress.MistakeFilter;
import org.footnote.progress.MistakeService;
import org.footnote.progress.ProgressService;

/** One student's Progress and Mistakes, read-only, for an instructor who teaches them; anyone else is refused. */
@Route("students/:studentId([0-9]+)")
@PageTitle("Student · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class StudentView extends VerticalLayout implements BeforeEnterObserver {

    private final ProgressService progress;
    private final MistakeService mistakes;
    private final AccountService accounts;

    public StudentView(ProgressService progress, MistakeService mistakes, AccountService accounts) {
        this.progress = progress;
        this.mistakes = mistakes;
        this.accounts = accounts;
        addClassName("student-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long studentId = event.getRouteParameters().getLong("studentId").orElse(-1L);
        try {
            var dashboard = progress.dashboardOf(studentId);
            var list = mistakes.mistakesOf(studentId, MistakeFilter.all());
            String name = accounts.findById(studentId).map(u -> u.getDisplayName()).orElse("Student");
            var grid = new MistakeGrid();
            grid.setItems(list);
            grid.setAllRowsVisible(true);
            removeAll();
            add(new Anchor("classes", "Back to classes"), new H1(name),
                    new Paragraph("Read-only: what this student sees on their Progress and Mistakes pages."),
                    new ProgressReport(dashboard, null),
                    new H2("Mistakes (" + list.size() + ")"),
                    list.isEmpty() ? new Paragraph("No mistakes yet: nothing missed in a quiz or forgotten on a flashcard.") : grid);
        } catch (org.springframework.security.access.AccessDeniedException notTheirs) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }
}
