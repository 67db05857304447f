package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.footnote.bank.BankFilter;
import org.footnote.bank.BankService;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionRow;
import org.footnote.bank.QuestionStatus;

/**
 * Picks active questions from the bank for a quiz: the bank's filters and search over a lazily
 * loaded grid, several rows at once (Space selects the focused row).
 */
class QuestionPicker extends Dialog {

    private final BankService bank;
    private final Grid<QuestionRow> grid = new Grid<>();
    private final Select<String> document;
    private final Select<Kind> kind = Choices.kind("Any");
    private final Select<Format> format = new Select<>();
    private final Select<Integer> difficulty = Choices.difficulty();
    private final TextField search = new TextField("Search");

    QuestionPicker(BankService bank, List<DocumentInfo> documents, Set<String> alreadyIn, Consumer<List<String>> onAdd) {
        this.bank = bank;
        setHeaderTitle("Add questions from the bank");
        setWidth("min(72rem, 95vw)");
        document = Choices.document("Document", documents, "Any");
        format.setLabel("Format");
        format.setItems(Format.values());
        format.setItemLabelGenerator(f -> f == null ? "Any" : f.label());
        format.setEmptySelectionAllowed(true);
        format.setEmptySelectionCaption("Any");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        List.of(document, kind, format, difficulty).forEach(f -> f.addValueChangeListener(e -> refresh()));
        search.addValueChangeListener(e -> refresh());
        var filters = new Div(document, kind, format, difficulty, search);
        filters.addClassName("bank-filters");

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(QuestionRow::prompt).setHeader("Question").setFlexGrow(4);
        grid.addColumn(r -> r.kind().plural()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(r -> r.format().label()).setHeader("Format").setAutoWidth(true);
        grid.addColumn(QuestionRow::difficulty).setHeader("Difficulty").setAutoWidth(true);
        grid.addColumn(r -> alreadyIn.contains(r.id()) ? "In the quiz" : "").setHeader("").setAutoWidth(true);
        grid.setHeight("24rem");
        grid.setAriaLabel("Active questions");
        grid.addClassName("question-picker-grid");
        refresh();
        add(filters, grid);

        var add = new Button("Add selected", e -> {
            List<String> chosen = grid.getSelectedItems().stream().map(QuestionRow::id)
                    .filter(id -> !alreadyIn.contains(id)).toList();
            onAdd.accept(chosen);
            close();
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", e -> close()), add);
    }

    private void refresh() {
        var filter = new BankFilter(document.getValue(), kind.getValue(), format.getValue(), difficulty.getValue(), null,
                QuestionStatus.ACTIVE, search.getValue());
        grid.setItems(q -> bank.rows(filter, q.getOffset(), q.getLimit()).stream(), q -> (int) bank.count(filter));
    }

    /** For tests and keyboard users alike: the rows now listed. */
    Grid<QuestionRow> grid() {
        return grid;
    }
}
