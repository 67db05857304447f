package org.footnote.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.account.CredentialRules;
import org.footnote.account.RegistrationException;
import org.footnote.account.RegistrationException.Field;
import org.footnote.account.CurrentUser;
import org.footnote.shared.ui.Announcer;
import org.footnote.shared.ui.FieldProblems;
import org.footnote.account.AccountPage;

/**
 * Everyone's own account: the name others see, and the password (the current one required). A
 * password someone else chose must be replaced here before any other page opens (see the app frame, ui/MainLayout).
 */
@Route(AccountPage.ROUTE)
@PageTitle("Account · Footnote")
@PermitAll
public class AccountView extends VerticalLayout {

    private final AccountService accounts;
    private final TextField displayName = new TextField("Your name");
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField next = new PasswordField("New password");
    private final PasswordField repeat = new PasswordField("Repeat the new password");
    private final Paragraph status = new Paragraph();
    private final boolean mustChange;

    public AccountView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        addClassName("account-view");
        AppUser me = currentUser.require();
        mustChange = me.mustChangePassword();
        status.addClassName("account-status");
        status.getElement().setAttribute("role", "status");

        var heading = new H1("Account");
        var who = new Paragraph("You sign in as " + me.getUsername() + ".");
        add(heading, who);
        if (mustChange) {
            var first = new Paragraph("Choose your own password before going on: the one you were given was chosen by "
                    + "someone else. Your current password is that one.");
            first.addClassName("account-must-change");
            add(first);
        }

        displayName.setValue(me.getDisplayName());
        displayName.setMaxLength(CredentialRules.MAX_DISPLAY_NAME);
        displayName.setAutocomplete(Autocomplete.NAME);
        displayName.setHelperText("As others see you: in classes, results and the app bar.");
        var saveName = new Button("Save name", e -> saveName());
        var nameSection = new Div(new H2("Name"), displayName, saveName);
        nameSection.addClassName("account-section");

        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        next.setHelperText("At least " + CredentialRules.MIN_PASSWORD_LENGTH
                + " characters. A short sentence is easy to remember and hard to guess.");
        for (var f : List.of(displayName, current, next, repeat)) {
            f.setManualValidation(true);
            f.setWidth("24rem");
        }
        var change = new Button("Change password", e -> changePassword());
        change.addThemeVariants(ButtonVariant.PRIMARY);
        var passwordSection = new Div(new H2("Password"), current, next, repeat, change);
        passwordSection.addClassName("account-section");

        // Someone who must change the password starts there; the name can wait.
        if (mustChange) {
            add(passwordSection, status, nameSection);
        } else {
            add(nameSection, passwordSection, status);
        }
    }

    private void saveName() {
        try {
            AppUser renamed = accounts.changeDisplayName(displayName.getValue());
            FieldProblems.show(displayName, null);
            displayName.setValue(renamed.getDisplayName());
            var layout = findAncestor(AccountPage.NameDisplay.class);
            if (layout != null) {
                layout.showName(renamed.getDisplayName());
            }
            say("Your name is now " + renamed.getDisplayName() + ".");
        } catch (RegistrationException refused) {
            FieldProblems.show(displayName, refused.problems().get(Field.DISPLAY_NAME));
            displayName.focus();
        }
    }

    private void changePassword() {
        boolean mismatch = !next.getValue().equals(repeat.getValue());
        Map<Field, List<String>> problems = Map.of();
        if (!mismatch) {
            try {
                accounts.changePassword(current.getValue(), next.getValue());
            } catch (RegistrationException refused) {
                problems = refused.problems();
            }
        }
        FieldProblems.show(current, problems.get(Field.CURRENT_PASSWORD));
        FieldProblems.show(next, problems.get(Field.PASSWORD));
        FieldProblems.show(repeat, mismatch ? List.of("The two new passwords differ; type the same password twice.") : null);
        var firstWrong = List.of(current, next, repeat).stream().filter(HasValidation::isInvalid).findFirst();
        if (firstWrong.isPresent()) {
            status.setText("");
            firstWrong.get().focus();
            return;
        }
        List.of(current, next, repeat).forEach(PasswordField::clear);
        if (mustChange) {
            getUI().ifPresent(ui -> ui.navigate(""));
            Announcer.announce("Your password is changed.");
        } else {
            say("Your password is changed. Use the new one from your next sign-in.");
        }
    }

    private void say(String message) {
        status.setText(message);
        Announcer.announce(message);
    }

}
