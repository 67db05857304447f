package org.footnote.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.footnote.bank.Kind;

/** A typed answer; graded generously (case, punctuation, name spellings, date forms). */
class ShortAnswerInput implements AnswerInput {

    private final TextField field = new TextField("Your answer");

    ShortAnswerInput(Kind kind) {
        field.setWidthFull();
        // Sent once, on change (Enter or leaving the field), not per key: at a school's load per-key
        // syncs were a third of all requests. The view's Enter shortcut blurs and refocuses the field
        // first, so the change arrives before the shortcut does.
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.setMaxLength(org.footnote.quiz.AttemptService.MAX_TYPED_ANSWER);
        field.setHelperText(switch (kind) {
            case DATE -> "A date in any usual form, e.g. 27 June 1997 or 1997-06-27.";
            case FIGURE -> "A number, with its unit if it has one.";
            default -> "A few words are enough; spelling variants of names count.";
        });
        field.addClassName("short-answer-input");
        field.setId("answer-text");
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Optional<String> answer() {
        return Optional.of(field.getValue().strip()).filter(s -> !s.isEmpty());
    }

    @Override
    public void lock() {
        field.setReadOnly(true);
    }

    @Override
    public void focus() {
        field.focus();
    }
}
