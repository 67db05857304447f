package org.footnote.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.account.CredentialRules;
import org.footnote.account.RegistrationException;
import org.footnote.account.RegistrationException.Field;
import org.footnote.account.Role;
import org.footnote.shared.ui.Announcer;
import org.footnote.shared.ui.FieldProblems;

/**
 * Instructors add colleagues: a new instructor account with an initial password (which the
 * colleague replaces at the first sign-in), or a registered student made an instructor. Colleagues
 * can then be added to classes as co-instructors.
 */
@Route("instructors")
@PageTitle("Instructors · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class InstructorsView extends VerticalLayout {

    private final AccountService accounts;
    private final UnorderedList list = new UnorderedList();
    private final TextField displayName = new TextField("Their name");
    private final TextField username = new TextField("Username");
    private final PasswordField password = new PasswordField("Initial password");
    private final TextField student = new TextField("Student's username");
    private final Paragraph status = new Paragraph();

    public InstructorsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("instructors-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("instructors-status");
        list.addClassName("instructors-list");

        displayName.setMaxLength(CredentialRules.MAX_DISPLAY_NAME);
        username.setMaxLength(80);
        username.setHelperText("Letters, digits and . _ @ + -; they sign in with it.");
        username.setAutocomplete(Autocomplete.OFF);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText("Give it to them in person. They choose their own at their first sign-in.");
        student.setMaxLength(80);
        student.setHelperText("Someone who registered as a student; their teaching pages appear at their next sign-in.");
        for (var f : List.<HasValidation>of(displayName, username, password, student)) {
            f.setManualValidation(true);
            ((com.vaadin.flow.component.HasSize) f).setWidth("24rem");
        }
        var create = new Button("Create instructor account", e -> create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        var promote = new Button("Make instructor", e -> promote());

        var createSection = new Div(new H2("A new instructor account"), displayName, username, password, create);
        createSection.addClassName("account-section");
        var promoteSection = new Div(new H2("A student becomes an instructor"), student, promote);
        promoteSection.addClassName("account-section");
        add(new H1("Instructors"), new Paragraph("Colleagues you add here can be made co-instructors of your classes "
                + "(Classes, Add a co-instructor)."), list, createSection, promoteSection, status);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (AppUser u : accounts.instructors()) {
            list.add(new ListItem(u.getDisplayName() + " (" + u.getUsername() + ")"
                    + (u.mustChangePassword() ? ", has not yet chosen a password" : "")));
        }
    }

    private void create() {
        try {
            AppUser created = accounts.addInstructor(displayName.getValue(), username.getValue(), password.getValue());
            List.of(displayName, username, password).forEach(f -> FieldProblems.show(f, null));
            List.of(displayName, username, password).forEach(com.vaadin.flow.component.HasValue::clear);
            refresh();
            say(created.getDisplayName() + " can now sign in as " + created.getUsername()
                    + " with the initial password, and will then choose their own.");
        } catch (RegistrationException refused) {
            FieldProblems.show(displayName, refused.problems().get(Field.DISPLAY_NAME));
            FieldProblems.show(username, refused.problems().get(Field.USERNAME));
            FieldProblems.show(password, refused.problems().get(Field.PASSWORD));
            status.setText("");
            List.of(displayName, username, password).stream().filter(HasValidation::isInvalid).findFirst()
                    .ifPresent(com.vaadin.flow.component.Focusable::focus);
        }
    }

    private void promote() {
        try {
            AppUser promoted = accounts.promoteToInstructor(student.getValue());
            FieldProblems.show(student, null);
            student.clear();
            refresh();
            say(promoted.getDisplayName() + " (" + promoted.getUsername() + ") is now an instructor, from their next sign-in.");
        } catch (IllegalArgumentException refused) {
            FieldProblems.show(student, List.of(refused.getMessage()));
            status.setText("");
            student.focus();
        }
    }

    private void say(String message) {
        status.setText(message);
        Announcer.announce(message);
    }

}
