package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.footnote.quiz.assigned.QuizDraft;
import org.footnote.quiz.assigned.SlotSpec;
import org.footnote.bank.Kind;
import org.footnote.bank.Question;

/**
 * A quiz's questions and rules in order. Drag a row to move it, or use its Up and Down buttons
 * (the keyboard way, WCAG 2.5.7); every change is saved at once through {@code save}.
 */
class SlotsEditor extends Div {

    /** A row and its place: two identical rules are still two rows. */
    record Row(int index, QuizDraft.Slot slot) {
    }

    private final Grid<Row> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Consumer<List<SlotSpec>> save;
    private List<QuizDraft.Slot> slots = List.of();
    private boolean locked;
    private Row dragged;

    SlotsEditor(Consumer<List<SlotSpec>> save, Button addQuestions, Button addRule) {
        this.save = save;
        addClassName("slots-editor");
        grid.addColumn(r -> r.index() + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> label(r.slot())).setHeader("Question or rule").setFlexGrow(4);
        var kind = grid.addColumn(r -> r.slot().kind() == null ? "Any" : r.slot().kind().plural()).setHeader("Kind").setAutoWidth(true);
        var size = grid.addColumn(r -> r.slot().spec().size()).setHeader("Questions").setAutoWidth(true);
        grid.addComponentColumn(this::moves).setHeader("Move or remove").setAutoWidth(true).setKey("moves");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Questions of the quiz");
        org.footnote.shared.ui.NarrowScreens.hideOnPhones(grid, kind, size);
        grid.addClassName("slots-grid");
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged = e.getDraggedItems().getFirst());
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && dragged.index() != target.index()) {
                int to = target.index() + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
                move(dragged.index(), to > dragged.index() ? to - 1 : to);
            }
        }));
        var actions = new Div(addQuestions, addRule);
        actions.addClassName("slots-actions");
        add(new H2("Questions"), summary, grid, actions);
    }

    void show(QuizDraft draft) {
        this.slots = draft.slots();
        this.locked = draft.attempted();
        grid.setItems(IntStream.range(0, slots.size()).mapToObj(i -> new Row(i, slots.get(i))).toList());
        grid.setRowsDraggable(!locked);
        long short_ = slots.stream().filter(QuizDraft.Slot::shortOfQuestions).count();
        summary.setText((slots.isEmpty() ? "No questions yet: add some from the bank, or a rule that draws them per attempt."
                : draft.questionsPerAttempt() + " questions in each attempt.")
                + (short_ > 0 ? " " + short_ + " marked row(s) cannot be drawn in full; fix them before publishing." : "")
                + (locked ? " Students have attempted this quiz, so its questions are fixed." : ""));
    }

    List<SlotSpec> specs() {
        return new ArrayList<>(slots.stream().map(QuizDraft.Slot::spec).toList());
    }

    void move(int from, int to) {
        List<SlotSpec> specs = specs();
        if (locked || to < 0 || to >= specs.size() || from == to) {
            return;
        }
        specs.add(to, specs.remove(from));
        save.accept(specs);
    }

    private void remove(int index) {
        List<SlotSpec> specs = specs();
        specs.remove(index);
        save.accept(specs);
    }

    private static Span label(QuizDraft.Slot slot) {
        var text = new Span(slot.label());
        if (slot.shortOfQuestions()) {
            var warning = new Span(slot.spec().rule() == null ? " (retired: left out of new attempts)"
                    : " (only " + slot.available() + " match)");
            warning.addClassName("slot-warning");
            text.add(warning);
        }
        if (slot.spec().rule() != null) {
            text.addClassName("slot-rule");
        }
        return text;
    }

    private Div moves(Row row) {
        String what = "question " + (row.index() + 1);
        var up = iconButton(VaadinIcon.ARROW_UP, "Move " + what + " up", () -> move(row.index(), row.index() - 1));
        var down = iconButton(VaadinIcon.ARROW_DOWN, "Move " + what + " down", () -> move(row.index(), row.index() + 1));
        var remove = iconButton(VaadinIcon.TRASH, "Remove " + what, () -> remove(row.index()));
        up.setEnabled(!locked && row.index() > 0);
        down.setEnabled(!locked && row.index() < slots.size() - 1);
        remove.setEnabled(!locked);
        remove.addThemeVariants(ButtonVariant.ERROR);
        return new Div(up, down, remove);
    }

    private static Button iconButton(VaadinIcon icon, String label, Runnable action) {
        var button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
