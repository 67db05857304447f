package org.footnote.account.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.footnote.account.AccountService;
import org.footnote.shared.ui.FieldProblems;
import org.footnote.account.CredentialRules;
import org.footnote.account.RegistrationException;
import org.footnote.account.RegistrationException.Field;
import org.footnote.account.security.SignIn;

/** Self-registration for students. The service checks every rule again before it writes. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create an account · Footnote")
@AnonymousAllowed
public class RegistrationView extends VerticalLayout {

    private final TextField displayName = new TextField("Your name");
    private final TextField username = new TextField("Username or e-mail");
    private final PasswordField password = new PasswordField("Password");
    private final PasswordField confirm = new PasswordField("Repeat the password");
    private final AccountService accounts;
    private final SignIn signIn;

    public RegistrationView(AccountService accounts, SignIn signIn) {
        this.accounts = accounts;
        this.signIn = signIn;
        addClassName("register-view");
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);

        displayName.setId("register-name");
        username.setId("register-username");
        password.setId("register-password");
        confirm.setId("register-confirm");
        displayName.setAutocomplete(Autocomplete.NAME);
        username.setHelperText("Letters, digits and . _ @ + -; you sign in with it.");
        username.setAutocomplete(Autocomplete.USERNAME);
        password.setHelperText("At least " + CredentialRules.MIN_PASSWORD_LENGTH
                + " characters. A short sentence is easy to remember and hard to guess.");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
        displayName.setMaxLength(80);
        username.setMaxLength(80);
        for (var field : List.of(displayName, username, password, confirm)) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
            field.setManualValidation(true);
        }
        // "The two passwords differ" goes as soon as they match, without another press of the button.
        for (var field : List.of(password, confirm)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> {
                if (confirm.isInvalid() && password.getValue().equals(confirm.getValue())) {
                    FieldProblems.show(confirm, null);
                }
            });
        }
        var create = new Button("Create account", e -> register());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setWidthFull();
        create.setId("register-submit");

        var form = new VerticalLayout(new H1("Create a student account"),
                new Paragraph("Practise with quizzes and flashcards drawn from the course documents."),
                displayName, username, password, confirm, create,
                new Paragraph(new Text("Already have an account? "), new Anchor("login", "Sign in")));
        form.addClassName("register-form");
        form.setPadding(false);
        add(form);
    }

    private void register() {
        Map<Field, List<String>> problems = new EnumMap<>(Field.class);
        problems.putAll(accounts.registrationProblems(displayName.getValue(), username.getValue(), password.getValue()));
        boolean mismatch = !password.getValue().equals(confirm.getValue());
        if (problems.isEmpty() && !mismatch) {
            try {
                var student = accounts.registerStudent(displayName.getValue(), username.getValue(), password.getValue());
                signIn.signIn(student);
                getUI().ifPresent(ui -> ui.navigate(""));
                return;
            } catch (RegistrationException refused) {
                problems.putAll(refused.problems());
            }
        }
        FieldProblems.show(displayName, problems.get(Field.DISPLAY_NAME));
        FieldProblems.show(username, problems.get(Field.USERNAME));
        FieldProblems.show(password, problems.get(Field.PASSWORD));
        FieldProblems.show(confirm, mismatch ? List.of("The two passwords differ; type the same password twice.") : null);
        List.of(displayName, username, password, confirm).stream().filter(HasValidation::isInvalid)
                .findFirst().ifPresent(Focusable::focus);
    }

}
