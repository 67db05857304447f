package org.footnote.bank.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import org.footnote.bank.BankFilter;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionStatus;

/**
 * The bank's filters: document, kind, format, difficulty, status, tag and words, each with an
 * "any" choice. Used by the bank grid and by the quiz editor's question picker, whose status is fixed.
 */
public class BankFilterBar extends Div {

    private final Select<DocumentInfo> document;
    private final Select<Kind> kind = kindSelect("Any");
    private final Select<Format> format = anyOf("Format", "Any");
    private final Select<Integer> difficulty = difficultySelect();
    private final Select<QuestionStatus> status = anyOf("Status", "Any");
    private final TextField tag = new TextField("Tag");
    private final TextField search = new TextField("Search");
    private final QuestionStatus fixedStatus;

    /**
     * @param fixedStatus the only status to show, with no status select; null offers the select (active first)
     */
    public BankFilterBar(List<DocumentInfo> documents, QuestionStatus fixedStatus, Runnable onChange) {
        this.fixedStatus = fixedStatus;
        addClassName("mistakes-filters");
        document = documentSelect("Document", documents, "Any");
        format.setItems(Format.values());
        format.setItemLabelGenerator(f -> f == null ? "Any" : f.label());
        status.setItems(QuestionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setValue(QuestionStatus.ACTIVE);
        status.setVisible(fixedStatus == null);
        for (TextField f : List.of(tag, search)) {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.setClearButtonVisible(true);
            f.addValueChangeListener(e -> onChange.run());
        }
        search.setPlaceholder("Words in prompt, answer or quote");
        List.of(document, kind, format, difficulty, status).forEach(s -> s.addValueChangeListener(e -> onChange.run()));
        add(document, kind, format, difficulty, status, tag, search);
    }

    public BankFilter filter() {
        return new BankFilter(document.getValue() == null ? null : document.getValue().id(), kind.getValue(),
                format.getValue(), difficulty.getValue(), blankToNull(tag.getValue()),
                fixedStatus != null ? fixedStatus : status.getValue(), blankToNull(search.getValue()));
    }

    public static Select<DocumentInfo> documentSelect(String label, List<DocumentInfo> documents, String any) {
        Select<DocumentInfo> select = anyOf(label, any);
        select.setItems(documents);
        select.setItemLabelGenerator(d -> d == null ? any : d.shortName());
        return select;
    }

    public static Select<Kind> kindSelect(String any) {
        Select<Kind> select = anyOf("Kind", any);
        select.setItems(Kind.values());
        select.setItemLabelGenerator(k -> k == null ? any : k.plural());
        return select;
    }

    public static Select<Integer> difficultySelect() {
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
