package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.footnote.bank.BankFilter;
import org.footnote.bank.BankService;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.QuestionRow;
import org.footnote.bank.QuestionStatus;
import org.footnote.bank.ui.components.BankFilterBar;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.Question;

/**
 * Picks active questions from the bank for a quiz: the bank's own filters over a lazily loaded
 * grid, several rows at once (Space selects the focused row).
 */
class QuestionPicker extends Dialog {

    private final BankService bank;
    private final Grid<QuestionRow> grid = new Grid<>();
    private final BankFilterBar filters;

    QuestionPicker(BankService bank, List<DocumentInfo> documents, Set<String> alreadyIn, Consumer<List<String>> onAdd) {
        this.bank = bank;
        setHeaderTitle("Add questions from the bank");
        setWidth("min(72rem, 95vw)");
        filters = new BankFilterBar(documents, QuestionStatus.ACTIVE, this::refresh);

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(QuestionRow::prompt).setHeader("Question").setFlexGrow(4);
        grid.addColumn(r -> r.kind().plural()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(r -> r.format().label()).setHeader("Format").setAutoWidth(true);
        grid.addColumn(QuestionRow::difficulty).setHeader("Difficulty").setAutoWidth(true);
        grid.addColumn(r -> alreadyIn.contains(r.id()) ? "In the quiz" : "").setHeader("In this quiz").setAutoWidth(true);
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

    /** Counted once per filter change, not once per page the grid fetches. */
    private void refresh() {
        BankFilter filter = filters.filter();
        int count = (int) bank.count(filter);
        grid.setItems(q -> bank.rows(filter, q.getOffset(), q.getLimit()).stream(), q -> count);
    }
}
