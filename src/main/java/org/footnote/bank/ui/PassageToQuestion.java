package org.footnote.bank.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.footnote.bank.DocumentPage;
import org.footnote.shared.ui.Announcer;

/**
 * For instructors reading a document: select a passage and start a question quoting it, or, by
 * keyboard, pick a paragraph and keep the words to quote. The selection is read in the browser.
 */
class PassageToQuestion extends Div {

    /** Remembers the last selection inside the text, in case pressing the button clears the live one. */
    private static final String REMEMBER_SELECTION = """
            const el = this;
            if (el.__footnoteSelection !== undefined) return;
            el.__footnoteSelection = '';
            const remember = () => {
              if (!el.isConnected) { document.removeEventListener('selectionchange', remember); return; }
              const s = window.getSelection();
              if (s && s.rangeCount && el.contains(s.anchorNode) && s.toString().trim()) el.__footnoteSelection = s.toString();
            };
            document.addEventListener('selectionchange', remember);
            """;
    private static final String READ_SELECTION = """
            const s = window.getSelection();
            const live = s && s.rangeCount && this.contains(s.anchorNode) ? s.toString() : '';
            return live.trim() ? live : (this.__footnoteSelection || '');
            """;

    private final Paragraph message = new Paragraph();
    private final Component text;

    PassageToQuestion(Component text, List<DocumentPage.Block> blocks, Function<String, Optional<String>> start) {
        this.text = text;
        addClassName("document-authoring");
        message.addClassName("field-error");
        message.getElement().setAttribute("role", "alert");
        var fromSelection = new Button("New question from selection", e -> text.getElement().executeJs(READ_SELECTION)
                .then(String.class, selected -> show(start.apply(selected))));
        var picker = new PassagePicker();
        picker.setBlocks(blocks);
        var fromPicker = new Button("New question with this quote", e -> show(start.apply(picker.quoteField().getValue())));
        var keyboard = new Details("Or choose the passage by paragraph", new Div(picker, fromPicker));
        add(new Paragraph("Select words of one paragraph in the text, then start a question that quotes them."),
                fromSelection, message, keyboard);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        text.getElement().executeJs(REMEMBER_SELECTION);
    }

    private void show(Optional<String> problem) {
        message.setText(problem.orElse(""));
        problem.ifPresent(Announcer::announce);
    }
}
