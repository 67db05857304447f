package org.footnote.account.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.footnote.account.Role;
import org.footnote.ui.PlannedView;

@Route("classes")
@PageTitle("Classes · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class ClassesView extends PlannedView {

    public ClassesView() {
        super("Classes", "Create classes with join codes, see each roster and follow each student's progress.");
    }
}
