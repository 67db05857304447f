package org.footnote.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import java.util.Optional;

/** Multiple choice and true-false: numbered options; the number keys choose. */
class ChoiceInput implements AnswerInput {

    private final RadioButtonGroup<String> group = new RadioButtonGroup<>();
    private final List<String> options;

    ChoiceInput(List<String> options) {
        this.options = options;
        group.setLabel("Choose one (keys 1\u2013" + options.size() + ")");
        group.setItems(options);
        group.setItemLabelGenerator(option -> (options.indexOf(option) + 1) + ". " + option);
        group.addClassName("choice-input");
        group.setId("answer-choice");
    }

    @Override
    public Component component() {
        return group;
    }

    @Override
    public Optional<String> answer() {
        return Optional.ofNullable(group.getValue());
    }

    @Override
    public boolean pressNumber(int number) {
        if (group.isReadOnly() || number < 1 || number > options.size()) {
            return false;
        }
        group.setValue(options.get(number - 1));
        return true;
    }

    @Override
    public void lock() {
        group.setReadOnly(true);
    }

    @Override
    public void focus() {
        // The group itself takes no focus: focus its checked radio, or the first (after rendering).
        group.getElement().executeJs("setTimeout(() => { const r = this.querySelector('vaadin-radio-button[checked] input')"
                + " || this.querySelector('vaadin-radio-button input'); if (r) r.focus(); })");
    }
}
