package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Kind;

/** The selects that narrow questions (document, kind, difficulty), each with an "any" choice. */
final class Choices {

    private Choices() {
    }

    static Select<String> document(String label, List<DocumentInfo> documents, String any) {
        Select<String> select = anyOf(label, any);
        select.setItems(documents.stream().map(DocumentInfo::id).toList());
        select.setItemLabelGenerator(id -> id == null ? any : documents.stream().filter(d -> d.id().equals(id))
                .map(DocumentInfo::shortName).findFirst().orElse(id));
        return select;
    }

    static Select<Kind> kind(String any) {
        Select<Kind> select = anyOf("Kind", any);
        select.setItems(Kind.values());
        select.setItemLabelGenerator(k -> k == null ? any : k.plural());
        return select;
    }

    static Select<Integer> difficulty() {
        Select<Integer> select = anyOf("Difficulty", "Any");
        select.setItems(1, 2, 3);
        select.setItemLabelGenerator(d -> d == null ? "Any" : String.valueOf(d));
        return select;
    }

    private static <T> Select<T> anyOf(String label, String any) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(any);
        return select;
    }
}
