package org.footnote.shared.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.List;

/** A field's refusal shown on the field itself: its problems as one message, or none. */
public final class FieldProblems {

    private FieldProblems() {
    }

    /** Marks {@code field} invalid with {@code problems} joined, or clears it when there are none. */
    public static void show(HasValidation field, List<String> problems) {
        boolean invalid = problems != null && !problems.isEmpty();
        field.setErrorMessage(invalid ? String.join(" ", problems) : null);
        field.setInvalid(invalid);
    }
}
