package org.footnote.account;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.footnote.account.ui.AccountView;
import org.footnote.account.ui.InstructorsView;
import org.footnote.classes.ClassService;
import org.footnote.ui.errors.AccessDeniedView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Instructors add colleagues; everyone keeps their name and password on the Account page. */
class AccountsTest extends KaribuTest {

    static final String INITIAL = "handed over in person";
    static final String OWN = "my own long passphrase";

    @Autowired
    UserRepository users;
    @Autowired
    ClassService classes;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void anInstructorCreatesAColleagueWhoMustChooseAPasswordAndCanThenCoTeach() {
        AppUser me = newInstructor();
        login(me);
        UI.getCurrent().navigate(InstructorsView.class);
        String username = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
        _setValue(_get(TextField.class, s -> s.withLabel("Their name")), "Dilnoza Karimova");
        _setValue(_get(TextField.class, s -> s.withLabel("Username")), username);
        _setValue(_get(PasswordField.class, s -> s.withLabel("Initial password")), INITIAL);
        _click(_get(Button.class, s -> s.withText("Create instructor account")));

        AppUser colleague = users.findByUsername(username).orElseThrow();
        assertThat(colleague.getRole()).isEqualTo(Role.INSTRUCTOR);
        assertThat(colleague.mustChangePassword()).isTrue();
        assertThat(_get(Paragraph.class, s -> s.withClasses("instructors-status")).getText())
                .startsWith("Dilnoza Karimova can now sign in as " + username);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Dilnoza Karimova (" + username + "), has not yet chosen a password");

        // Add a co-instructor, with the new account.
        var shared = classes.create("Shared with a new colleague");
        classes.addCoInstructor(shared.id(), username);

        // The colleague's first sign-in: every page is the Account page until the password is theirs.
        login(colleague);
        for (String page : java.util.List.of("", "classes", "bank", "practice")) {
            UI.getCurrent().navigate(page);
            assertThat(UI.getCurrent().getActiveViewLocation().getPath()).as(page).isEqualTo("account");
            _get(AccountView.class);
        }
        assertThat(_get(Paragraph.class, s -> s.withClasses("account-must-change")).getText())
                .startsWith("Choose your own password before going on");

        changePassword("not the initial one", OWN, OWN);
        assertThat(_get(PasswordField.class, s -> s.withLabel("Current password")).getErrorMessage())
                .isEqualTo("This is not your current password.");
        assertThat(users.findByUsername(username).orElseThrow().mustChangePassword()).isTrue();

        changePassword(INITIAL, OWN, OWN);
        AppUser changed = users.findByUsername(username).orElseThrow();
        assertThat(changed.mustChangePassword()).isFalse();
        assertThat(passwords.matches(OWN, changed.getPasswordHash())).isTrue();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("bank");

        UI.getCurrent().navigate("classes");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("classes");
        assertThat(classes.taught()).extracting(ClassService.ClassSummary::name).contains("Shared with a new colleague");
    }

    @Test
    void aColleaguesAccountIsCheckedLikeARegistration() {
        login(newInstructor());
        UI.getCurrent().navigate(InstructorsView.class);
        long before = users.count();
        _setValue(_get(TextField.class, s -> s.withLabel("Their name")), "");
        _setValue(_get(TextField.class, s -> s.withLabel("Username")), "a b");
        _setValue(_get(PasswordField.class, s -> s.withLabel("Initial password")), "short");
        _click(_get(Button.class, s -> s.withText("Create instructor account")));

        assertThat(_get(TextField.class, s -> s.withLabel("Their name")).isInvalid()).isTrue();
        assertThat(_get(TextField.class, s -> s.withLabel("Username")).isInvalid()).isTrue();
        assertThat(_get(PasswordField.class, s -> s.withLabel("Initial password")).getErrorMessage())
                .contains("at least 10 characters");
        assertThat(users.count()).isEqualTo(before);
    }

    @Test
    void anInstructorMakesARegisteredStudentAnInstructor() {
        AppUser student = newStudent();
        login(newInstructor());
        UI.getCurrent().navigate(InstructorsView.class);

        _setValue(_get(TextField.class, s -> s.withLabel("Student's username")), "nobody-" + UUID.randomUUID());
        _click(_get(Button.class, s -> s.withText("Make instructor")));
        assertThat(_get(TextField.class, s -> s.withLabel("Student's username")).getErrorMessage())
                .startsWith("No account has this username");

        _setValue(_get(TextField.class, s -> s.withLabel("Student's username")), student.getUsername().toUpperCase());
        _click(_get(Button.class, s -> s.withText("Make instructor")));
        assertThat(users.findByUsername(student.getUsername()).orElseThrow().getRole()).isEqualTo(Role.INSTRUCTOR);
        assertThat(_get(Paragraph.class, s -> s.withClasses("instructors-status")).getText())
                .contains("is now an instructor, from their next sign-in");
        assertThat(users.findByUsername(student.getUsername()).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void studentsCannotAddInstructorsNorOpenThePage() {
        AppUser student = newStudent();
        login(student);
        assertThatThrownBy(() -> accounts.addInstructor("Mallory", "mallory-" + UUID.randomUUID(), INITIAL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.promoteToInstructor(student.getUsername()))
                .isInstanceOf(AccessDeniedException.class);
        UI.getCurrent().navigate("instructors");
        _get(AccessDeniedView.class);
        assertThat(users.findByUsername(student.getUsername()).orElseThrow().getRole()).isEqualTo(Role.STUDENT);
    }

    @Test
    void everyoneChangesTheirNameAndPasswordOnTheAccountPage() {
        AppUser student = newStudent();
        login(student);
        UI.getCurrent().navigate("practice");
        var menuEntry = _find(com.vaadin.flow.component.sidenav.SideNavItem.class).stream()
                .filter(i -> i.getLabel().equals("Account")).findFirst().orElseThrow();
        UI.getCurrent().navigate(menuEntry.getPath());
        _get(AccountView.class);
        // An empty name is refused beside the field.
        _setValue(_get(TextField.class, s -> s.withLabel("Your name")), " ");
        _click(_get(Button.class, s -> s.withText("Save name")));
        assertThat(_get(TextField.class, s -> s.withLabel("Your name")).isInvalid()).isTrue();

        _setValue(_get(TextField.class, s -> s.withLabel("Your name")), "Amina R.");
        _click(_get(Button.class, s -> s.withText("Save name")));
        assertThat(users.findByUsername(student.getUsername()).orElseThrow().getDisplayName()).isEqualTo("Amina R.");
        assertThat(_get(Span.class, s -> s.withClasses("user-name")).getText()).isEqualTo("Amina R.");

        changePassword(PASSWORD, "short", "short");
        assertThat(_get(PasswordField.class, s -> s.withLabel("New password")).getErrorMessage()).contains("at least 10");
        changePassword(PASSWORD, OWN, OWN + "!");
        assertThat(_get(PasswordField.class, s -> s.withLabel("Repeat the new password")).getErrorMessage()).contains("differ");
        changePassword(PASSWORD, PASSWORD, PASSWORD);
        assertThat(_get(PasswordField.class, s -> s.withLabel("New password")).getErrorMessage()).contains("different");
        assertThat(passwords.matches(PASSWORD, users.findByUsername(student.getUsername()).orElseThrow().getPasswordHash())).isTrue();

        changePassword(PASSWORD, OWN, OWN);
        assertThat(passwords.matches(OWN, users.findByUsername(student.getUsername()).orElseThrow().getPasswordHash())).isTrue();
        assertThat(_get(Paragraph.class, s -> s.withClasses("account-status")).getText()).startsWith("Your password is changed");
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("account");
    }

    private static void changePassword(String current, String next, String repeat) {
        _setValue(_get(PasswordField.class, s -> s.withLabel("Current password")), current);
        _setValue(_get(PasswordField.class, s -> s.withLabel("New password")), next);
        _setValue(_get(PasswordField.class, s -> s.withLabel("Repeat the new password")), repeat);
        _click(_get(Button.class, s -> s.withText("Change password")));
    }
}
