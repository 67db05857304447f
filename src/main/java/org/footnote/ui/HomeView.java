package org.footnote.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.footnote.account.CurrentUser;

/** The start page: students go to Practice, instructors to the Bank. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(currentUser.isInstructor() ? "bank" : "practice");
    }
}
