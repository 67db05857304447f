package org.footnote.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.footnote.account.security.LastUsernameFilter;
import org.footnote.account.security.LoginThrottledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

/** Sign-in. The form posts to Spring Security's {@code /login}; failures come back as {@code ?error}. */
@Route(value = LoginView.PATH, autoLayout = false)
@PageTitle("Sign in · Footnote")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    public static final String PATH = "login";

    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-view");
        getElement().setAttribute("role", "main");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(texts(null));
        notice.addClassName("login-notice");
        notice.setVisible(false);
        notice.getElement().setAttribute("role", "status");

        var brand = new H1("Footnote");
        brand.addClassName("login-brand");
        var tagline = new Paragraph("Practise history with the source of every answer.");
        tagline.addClassName("login-tagline");
        var register = new Div(new Paragraph("New here? "), new Anchor("register", "Create a student account"));
        register.addClassName("login-register");
        add(brand, tagline, notice, form, register);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var params = event.getLocation().getQueryParameters().getParameters();
        form.getElement().removeAttribute("data-last-username");
        if (params.containsKey("registered")) {
            showNotice("Your account is ready. Sign in with your new username and password.");
        }
        if (params.containsKey("error")) {
            form.setI18n(texts(lastFailure()));
            form.setError(true);
            var session = VaadinSession.getCurrent() == null ? null : VaadinSession.getCurrent().getSession();
            String tried = session == null ? null : (String) session.getAttribute(LastUsernameFilter.ATTRIBUTE);
            if (tried != null && !tried.isEmpty()) {
                keepUsername(tried);
            }
        }
    }

    /** The username typed before the failure stays in its field; the password field takes focus. */
    private void keepUsername(String username) {
        form.getElement().setAttribute("data-last-username", username);
        form.getElement().executeJs("""
                customElements.whenDefined('vaadin-login-form').then(() => this.updateComplete).then(() => {
                  const user = this.querySelector('#vaadinLoginUsername');
                  if (user && !user.value) user.value = $0;
                  requestAnimationFrame(() => requestAnimationFrame(() => {
                    const password = this.querySelector('#vaadinLoginPassword');
                    if (password) password.focus();
                  }));
                });""", username);
    }

    private void showNotice(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    private static Object lastFailure() {
        var session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    private static LoginI18n texts(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Username or e-mail");
        i18n.getErrorMessage().setTitle("Sign-in failed");
        if (failure instanceof LoginThrottledException throttled) {
            i18n.getErrorMessage().setTitle("Too many failed attempts");
            i18n.getErrorMessage().setMessage("To protect this account, sign-in is paused. Try again in "
                    + throttled.remainingInWords() + ".");
        } else if (failure instanceof InternalAuthenticationServiceException) {
            // The password could not be checked at all (the database failed): not the user's mistake.
            i18n.getErrorMessage().setTitle("Footnote cannot sign you in right now");
            i18n.getErrorMessage().setMessage("Your username and password could not be checked, because Footnote "
                    + "cannot reach its data. Try again in a moment.");
        } else {
            i18n.getErrorMessage().setMessage("The username or password is not right. Check them and try again; "
                    + "after several failures sign-in pauses for a while.");
        }
        return i18n;
    }
}
