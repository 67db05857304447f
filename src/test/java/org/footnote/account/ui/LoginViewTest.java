package org.footnote.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.footnote.account.security.LastUsernameFilter;
import org.footnote.account.security.LoginThrottledException;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.footnote.account.ui.LoginView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** What the sign-in page shows; the sign-in itself goes through Spring Security (see SecurityIntegrationTest). */
class LoginViewTest extends KaribuTest {

    @Test
    void anonymousVisitorsOfAnyPageAreSentToSignIn() {
        UI.getCurrent().navigate("practice");
        assertThat(_get(LoginForm.class).isError()).isFalse();
        _get(LoginView.class);
    }

    @Test
    void theFormPostsToSpringSecurity() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).getAction()).isEqualTo("login");
    }

    @Test
    void aFailedSignInShowsWhyInWords() {
        rememberFailure(new BadCredentialsException("Bad credentials"));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("The username or password is not right");
    }

    @Test
    void aFailedSignInKeepsTheUsernameTried() {
        rememberFailure(new BadCredentialsException("Bad credentials"));
        VaadinSession.getCurrent().getSession().setAttribute(LastUsernameFilter.ATTRIBUTE, "amina");
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginForm.class).getElement().getAttribute("data-last-username")).isEqualTo("amina");

        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).getElement().getAttribute("data-last-username")).isNull();
    }

    @Test
    void aThrottledSignInSaysHowLongToWait() {
        rememberFailure(new LoginThrottledException(Duration.ofSeconds(40)));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Too many failed attempts").contains("Try again in 40 seconds");
    }

    @Test
    void aSignInThatCouldNotBeCheckedSaysSoInsteadOfBlamingThePassword() {
        rememberFailure(new org.springframework.security.authentication.InternalAuthenticationServiceException(
                "Database is closed", new org.springframework.dao.DataAccessResourceFailureException("closed")));
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(i18n(_get(LoginForm.class))).contains("Footnote cannot sign you in right now")
                .doesNotContain("password is not right");
    }

    @Test
    void afterRegistrationTheStudentIsToldToSignIn() {
        UI.getCurrent().navigate("login", QueryParameters.of("registered", ""));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("login-notice")).getText())
                .contains("Your account is ready");
    }

    @Test
    void aSignedInUserWhoOpensSignInGoesToTheirStartPage() {
        login(newStudent());
        UI.getCurrent().navigate("login");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("practice");
    }

    private static void rememberFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
    }

    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }
}
