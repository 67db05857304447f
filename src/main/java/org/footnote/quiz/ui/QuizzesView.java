package org.footnote.quiz.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.footnote.account.Role;
import org.footnote.ui.PlannedView;

@Route("quizzes")
@PageTitle("Quizzes · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class QuizzesView extends PlannedView {

    public QuizzesView() {
        super("Quizzes", "Assemble quizzes by hand or by rules, publish them to a class and read the results question by question.");
    }
}
