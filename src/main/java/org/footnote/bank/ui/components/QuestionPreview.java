package org.footnote.bank.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.ui.components.SourceCard;
import org.footnote.bank.Kind;

/**
 * A question as a student meets it, for instructors: kind and format, the prompt, the options, the
 * answer (and other accepted forms), the explanation and the source card. Used in the bank's
 * preview and in a quiz's results.
 */
public class QuestionPreview extends Div {

    /** @param prompt the prompt as a heading of the level that fits where the preview sits */
    public QuestionPreview(QuestionDetails q, Component prompt) {
        addClassName("question-preview");
        add(new Paragraph((q.kind() == null ? "Kind not set" : q.kind().plural()) + " \u00b7 " + q.format().label()), prompt);
        List<String> options = new ArrayList<>();
        if (q.format() == Format.MULTIPLE_CHOICE) {
            options.add(q.answer());
            options.addAll(q.distractors());
        } else if (q.format() == Format.ORDERING) {
            options.addAll(q.itemTexts());
        }
        if (!options.isEmpty()) {
            var list = new OrderedList();
            options.forEach(o -> list.add(new ListItem(o)));
            add(list);
        }
        add(new Paragraph("Answer: " + q.displayAnswer() + (q.accept().isEmpty() ? ""
                : " (also accepted: " + String.join(", ", q.accept()) + ")")));
        if (q.explanation() != null) {
            add(new Paragraph(q.explanation()));
        }
        add(q.source() == null ? new Paragraph("No source passage yet: link one in the editor before publishing.")
                : new SourceCard(q.source()));
    }
}
