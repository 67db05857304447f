package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import org.footnote.quiz.assigned.QuizSettings;

/**
 * "Duplicate quiz": the copy's title, and whether it goes to the same classes. The copy keeps the
 * settings, questions and rules; a problem (an empty title, a retired question) shows beside its field.
 */
class DuplicateDialog extends Dialog {

    /** Makes the copy; a message for the title field when it cannot. */
    interface Copier {
        Optional<String> copy(String title, boolean sameClasses);
    }

    private final TextField title = new TextField("Title of the copy");
    private final Checkbox sameClasses = new Checkbox();

    DuplicateDialog(String originalTitle, String classNames, Copier copier) {
        setHeaderTitle("Duplicate quiz");
        title.setValue(copyTitle(originalTitle));
        title.setRequired(true);
        title.setMaxLength(QuizSettings.MAX_TITLE);
        title.setWidthFull();
        title.setId("duplicate-title");
        add(new Paragraph("The copy has the same settings, questions and rules. Students' attempts and exceptions "
                + "stay with the original."), title);
        if (classNames != null) {
            sameClasses.setLabel("Publish it to the same classes: " + classNames);
            sameClasses.setValue(true);
            add(sameClasses);
        }
        var duplicate = new Button("Duplicate", e -> copier.copy(title.getValue(), classNames != null && sameClasses.getValue())
                .ifPresentOrElse(problem -> {
                    title.setErrorMessage(problem);
                    title.setInvalid(true);
                    title.focus();
                }, this::close));
        duplicate.addThemeVariants(ButtonVariant.PRIMARY);
        duplicate.setId("duplicate-confirm");
        getFooter().add(new Button("Cancel", e -> close()), duplicate);
    }

    /** "Week 3 (copy)", shortened so that it stays a valid title. */
    static String copyTitle(String original) {
        String suffix = " (copy)";
        String base = original.strip();
        return (base.length() + suffix.length() > QuizSettings.MAX_TITLE
                ? base.substring(0, QuizSettings.MAX_TITLE - suffix.length()).strip() : base) + suffix;
    }
}
