package org.footnote.hardening;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.footnote.support.KaribuTest;
import org.footnote.ui.MainLayout;
import org.footnote.ui.errors.BadNumberView;
import org.footnote.ui.errors.ErrorBanner;
import org.footnote.ui.errors.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** Bad addresses and failures are said in words, inside the app, never as a stack trace or silence. */
class ErrorPagesTest extends KaribuTest {

    @BeforeEach
    void signIn() {
        login(newStudent());
    }

    @Test
    void anAddressThatMatchesNoPageIsNotFoundInsideTheLayout() {
        // Through the router, as a typed address arrives (Karibu's UI.navigate refuses unknown routes itself).
        UI ui = UI.getCurrent();
        ui.getInternals().getRouter().navigate(ui, new com.vaadin.flow.router.Location("practice/abc"),
                com.vaadin.flow.router.NavigationTrigger.PAGE_LOAD);
        _get(NotFoundView.class);
        _get(MainLayout.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Not found");
    }

    @Test
    void aNumberTooLargeForAnyRecordIsNotFoundToo() {
        UI.getCurrent().navigate("practice/99999999999999999999999");
        _get(BadNumberView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Not found");
    }

    @Test
    void aFailingDatabaseDuringAnActionIsToldToTheUser() {
        UI.getCurrent().navigate("practice");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new DataAccessResourceFailureException("Database is closed")));
        var banner = _get(ErrorBanner.class);
        assertThat(banner.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(banner.message()).isEqualTo("Footnote cannot save right now. What you just did was not saved; "
                + "try again in a moment.");
        // It stays until dismissed, or until the user goes elsewhere.
        _click(_get(banner, Button.class, s -> s.withText("Dismiss")));
        assertThat(banner.isVisible()).isFalse();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("bug")));
        assertThat(banner.message()).startsWith("Something went wrong");
        UI.getCurrent().navigate("progress");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ErrorBanner.class)).as("no banner shown").isEmpty();
    }

    @Test
    void anActionRefusedForAccessSaysSo() {
        UI.getCurrent().navigate("practice");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new org.springframework.security.access.AccessDeniedException("Access Denied")));
        assertThat(_get(ErrorBanner.class).message()).isEqualTo("You are not allowed to do that.");
    }
}
