package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Kind;
import org.footnote.bank.ui.components.BankFilterBar;
import org.footnote.quiz.assigned.DrawRule;

/** "n random questions of kind K from document D, difficulty x", with a live count of what matches. */
class RuleDialog extends Dialog {

    private final IntegerField count = new IntegerField("How many");
    private final Select<DocumentInfo> document;
    private final Select<Kind> kind = BankFilterBar.kindSelect("Any kind");
    private final Select<Integer> difficulty = BankFilterBar.difficultySelect();
    private final Paragraph matching = new Paragraph();
    private final ToIntFunction<DrawRule> available;

    RuleDialog(List<DocumentInfo> documents, ToIntFunction<DrawRule> available, Consumer<DrawRule> onAdd) {
        this.available = available;
        setHeaderTitle("Add a rule: random questions drawn for each attempt");
        count.setMin(1);
        count.setMax(DrawRule.MAX_COUNT);
        count.setValue(5);
        count.setStepButtonsVisible(true);
        document = BankFilterBar.documentSelect("From document", documents, "Any document");
        matching.getElement().setAttribute("aria-live", "polite");
        count.addValueChangeListener(e -> updateMatching());
        document.addValueChangeListener(e -> updateMatching());
        kind.addValueChangeListener(e -> updateMatching());
        difficulty.addValueChangeListener(e -> updateMatching());
        updateMatching();
        add(count, document, kind, difficulty, matching);
        var add = new Button("Add rule", e -> {
            if (count.isInvalid() || count.getValue() == null || count.getValue() < 1 || count.getValue() > DrawRule.MAX_COUNT) {
                count.setInvalid(true);
                count.setErrorMessage("Draw 1 to " + DrawRule.MAX_COUNT + " questions.");
                return;
            }
            onAdd.accept(rule(count.getValue()));
            close();
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), add);
    }

    private DrawRule rule(int n) {
        return new DrawRule(n, document.getValue() == null ? null : document.getValue().id(), kind.getValue(),
                difficulty.getValue());
    }

    private void updateMatching() {
        int n = available.applyAsInt(rule(1));
        int wanted = count.getValue() == null ? 0 : count.getValue();
        matching.setText(n + (n == 1 ? " active question matches" : " active questions match")
                + (wanted > n ? ": fewer than the " + wanted + " asked for." : "."));
    }
}
