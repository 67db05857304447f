package org.footnote.bank.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.footnote.bank.history.FieldChange;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionField;
import org.footnote.bank.QuestionStatus;
import org.footnote.bank.QuestionRevision;

/** A question's history, newest first: when, who, how, and each field's value before and after. */
class RevisionHistory extends Div {


    RevisionHistory() {
        addClassName("revision-history");
    }

    void show(List<QuestionRevision.Entry> entries) {
        removeAll();
        add(new H2("History"));
        if (entries.isEmpty()) {
            add(new Paragraph("No changes made in the app yet: this question is as the bank files have it."));
            return;
        }
        var list = new OrderedList();
        list.addClassName("revision-list");
        for (QuestionRevision.Entry e : entries) {
            var head = new Paragraph(org.footnote.shared.ui.Times.format(e.at()) + " \u00b7 " + e.author() + " \u00b7 " + verb(e.type())
                    + (e.note() == null ? "" : " (" + e.note() + ")"));
            head.addClassName("revision-head");
            var changes = new UnorderedList();
            changes.addClassName("revision-changes");
            e.changes().forEach(c -> changes.add(change(c)));
            list.add(new ListItem(head, changes));
        }
        add(list);
    }

    static ListItem change(FieldChange c) {
        var field = new Span(c.field().label() + ": ");
        field.addClassName("revision-field");
        var item = new ListItem(field);
        if (c.oldValue() != null) {
            var old = new Span(shown(c.field(), c.oldValue()));
            old.addClassName("revision-old");
            item.add(old, new Span(" \u2192 "));
        }
        var now = new Span(c.newValue() == null ? "(empty)" : shown(c.field(), c.newValue()));
        now.addClassName("revision-new");
        item.add(now);
        return item;
    }

    /** History stores kinds, formats and statuses as the bank files write them; users read their labels. */
    private static String shown(QuestionField field, String value) {
        return switch (field) {
            case KIND -> Kind.fromCode(value) == null ? value : Kind.fromCode(value).plural();
            case FORMAT -> Format.fromCode(value) == null ? value : Format.fromCode(value).label();
            case STATUS -> java.util.Arrays.stream(QuestionStatus.values()).filter(s -> s.name().equalsIgnoreCase(value))
                    .findFirst().map(QuestionStatus::label).orElse(value);
            default -> value;
        };
    }

    private static String verb(QuestionRevision.Type type) {
        return switch (type) {
            case CREATED -> "created";
            case EDITED -> "edited";
            case IMPORTED -> "imported";
            case FILE_SYNC -> "taken from the bank files";
        };
    }
}
