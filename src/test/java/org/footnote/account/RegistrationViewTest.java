package org.footnote.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.UUID;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationViewTest extends KaribuTest {

    @Autowired
    UserRepository users;
    String username;

    @BeforeEach
    void openForm() {
        username = "reg-" + UUID.randomUUID().toString().substring(0, 8);
        UI.getCurrent().navigate("register");
    }

    @Test
    void aValidRegistrationCreatesAStudentSignsThemInAndOpensTheirStartPage() {
        var session = VaadinSession.getCurrent().getSession();
        String idBefore = session.getId();
        fill("Amina Rahimova", username, "the peace accord of 1997", "the peace accord of 1997");
        submit();

        AppUser created = users.findByUsername(username).orElseThrow();
        assertThat(created.getRole()).isEqualTo(Role.STUDENT);
        assertThat(created.getDisplayName()).isEqualTo("Amina Rahimova");
        assertThat(created.getPasswordHash()).startsWith("{bcrypt}");
        // Signed in for the next requests: the context is in the session, under a new session id.
        var stored = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(stored.getAuthentication().getName()).isEqualTo(username);
        assertThat(stored.getAuthentication().getAuthorities()).extracting(Object::toString).containsExactly("ROLE_STUDENT");
        assertThat(VaadinSession.getCurrent().getSession().getId()).isNotEqualTo(idBefore);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).as("sent home").isEmpty();

        // The next request, as Spring Security restores it from the session (StudentSignUpIT does it in a browser).
        var next = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest.getCurrent().getRequest();
        next.setUserPrincipalInt(stored.getAuthentication());
        next.setUserInRole((p, role) -> role.equals("STUDENT"));
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("practice");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, s -> s.withClasses("user-name")).getText())
                .isEqualTo("Amina Rahimova");
    }

    @Test
    void thePasswordsDifferMessageGoesAsSoonAsTheyMatch() {
        fill("Amina", username, "the peace accord of 1997", "the peace accord of 199");
        submit();
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withLabel("Repeat the password"));
        assertThat(repeat.isInvalid()).isTrue();

        _setValue(repeat, "the peace accord of 1997");

        assertThat(repeat.isInvalid()).isFalse();
        assertThat(repeat.getErrorMessage()).isNullOrEmpty();
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void aTakenUsernameIsRefusedBesideTheField() {
        accounts.registerStudent("First", username, PASSWORD);
        long before = users.count();

        fill("Second", username.toUpperCase(), "another long passphrase", "another long passphrase");
        submit();

        TextField name = _get(TextField.class, spec -> spec.withLabel("Username or e-mail"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("taken");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void aWeakPasswordIsRefusedWithTheRule() {
        fill("Amina", username, "password123", "password123");
        submit();

        PasswordField password = _get(PasswordField.class, spec -> spec.withLabel("Password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("commonly used");
        assertThat(users.findByUsername(username)).isEmpty();
    }

    @Test
    void everyProblemIsShownAtOnceAndNothingIsSaved() {
        fill("", "a b", "short", "different");
        submit();

        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Username or e-mail")).isInvalid()).isTrue();
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Password")).getErrorMessage())
                .contains("at least 10 characters");
        assertThat(_get(PasswordField.class, spec -> spec.withLabel("Repeat the password")).getErrorMessage())
                .contains("differ");
        assertThat(users.findByUsername("a b")).isEmpty();
    }

    @Test
    void mismatchedPasswordsAloneStopRegistration() {
        fill("Amina", username, "the peace accord of 1997", "the peace accord of 1998");
        submit();
        assertThat(users.findByUsername(username)).isEmpty();
    }

    private static void fill(String name, String user, String password, String confirm) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), name);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username or e-mail")), user);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Password")), password);
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Repeat the password")), confirm);
    }

    private static void submit() {
        _click(_get(Button.class, spec -> spec.withText("Create account")));
    }
}
