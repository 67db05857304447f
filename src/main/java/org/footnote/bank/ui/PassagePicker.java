package org.footnote.bank.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.footnote.bank.DocumentPage;
import org.footnote.bank.ui.components.Quote;

/**
 * A keyboard way to quote a passage, without selecting text with a mouse: choose a paragraph of the
 * document, which fills the quote with its words, then delete the words the quote does not need.
 */
class PassagePicker extends Div {

    private final Select<DocumentPage.Block> paragraph = new Select<>();
    private final TextArea quote = new TextArea("Quote");

    PassagePicker() {
        addClassName("passage-picker");
        paragraph.setLabel("Quote from paragraph");
        paragraph.setEmptySelectionAllowed(true);
        paragraph.setEmptySelectionCaption("Choose a paragraph to copy into the quote");
        paragraph.setItemLabelGenerator(b -> b == null ? "Choose a paragraph to copy into the quote"
                : "\u00b6 " + (b.index() + 1) + ": " + abbreviate(b.text()));
        paragraph.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                quote.setValue(e.getValue().text());
                quote.focus();
            }
        });
        paragraph.setWidthFull();
        quote.setHelperText("Words of one paragraph, exactly as the document has them: choose the paragraph above, "
                + "then delete what the quote does not need.");
        quote.setWidthFull();
        add(paragraph, quote);
    }

    /** The paragraphs that may be quoted (headings are not). */
    void setBlocks(List<DocumentPage.Block> blocks) {
        paragraph.setItems(blocks.stream().filter(b -> b.type() != DocumentPage.Block.Type.HEADING).toList());
    }

    TextArea quoteField() {
        return quote;
    }

    Select<DocumentPage.Block> paragraphField() {
        return paragraph;
    }

    private static String abbreviate(String text) {
        return text.length() <= 90 ? text : text.substring(0, 87) + "\u2026";
    }
}
