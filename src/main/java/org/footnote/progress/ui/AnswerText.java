package org.footnote.progress.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** An answer as people read it: an ordering as a numbered list of its items, anything else as text. */
final class AnswerText {

    private AnswerText() {
    }

    static Component of(String text, List<String> order) {
        if (order.isEmpty()) {
            var span = new Span(text);
            span.addClassName("answer-text");
            return span;
        }
        var list = new OrderedList();
        list.addClassName("answer-order");
        order.forEach(item -> list.add(new ListItem(item)));
        return list;
    }
}
