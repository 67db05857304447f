package org.footnote.quiz.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropEffect;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Put events in order: drag an item, or use its up and down buttons (dragging alone would fail
 * WCAG 2.5.7, and the buttons work from the keyboard). Focus stays on the moved item's button.
 */
class OrderingInput implements AnswerInput {

    private final OrderedList list = new OrderedList();
    private final Div wrapper = new Div();
    private final List<String> order;
    private boolean locked;

    OrderingInput(List<String> shuffled) {
        this.order = new ArrayList<>(shuffled);
        var hint = new Span("Put these in the order the question asks: drag them, or use the arrow buttons.");
        hint.addClassName("ordering-hint");
        list.addClassName("ordering-input");
        list.setId("answer-order");
        list.getElement().setAttribute("aria-label", "Items to put in order");
        wrapper.add(hint, list);
        render(-1, true);
    }

    @Override
    public Component component() {
        return wrapper;
    }

    @Override
    public Optional<String> answer() {
        return Optional.of(String.join(" \u2192 ", order));
    }

    @Override
    public List<String> order() {
        return List.copyOf(order);
    }

    @Override
    public void lock() {
        locked = true;
        render(-1, true);
    }

    @Override
    public void focus() {
        list.getChildren().flatMap(li -> li.getChildren()).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(Button::isEnabled).findFirst().ifPresent(Button::focus);
    }

    /** Moves the item at {@code from} by {@code step} (-1 up, +1 down). */
    void move(int from, int step) {
        int to = from + step;
        if (locked || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        render(to, step < 0);
    }

    private void render(int focusIndex, boolean focusUp) {
        list.removeAll();
        for (int i = 0; i < order.size(); i++) {
            list.add(row(i, i == focusIndex, focusUp));
        }
    }

    private ListItem row(int index, boolean focused, boolean focusUp) {
        String text = order.get(index);
        var label = new Span(text);
        label.addClassName("ordering-text");
        var up = arrow(VaadinIcon.ARROW_UP, "Move \u201c" + text + "\u201d up", index, -1);
        var down = arrow(VaadinIcon.ARROW_DOWN, "Move \u201c" + text + "\u201d down", index, 1);
        up.setEnabled(!locked && index > 0);
        down.setEnabled(!locked && index < order.size() - 1);
        var item = new ListItem(up, down, label);
        item.addClassName("ordering-item");
        if (!locked) {
            var drag = DragSource.create(item);
            drag.setDragData(index);
            var drop = DropTarget.create(item);
            drop.setDropEffect(DropEffect.MOVE);
            drop.addDropListener(e -> e.getDragData().ifPresent(from -> move((Integer) from, index - (Integer) from)));
        }
        if (focused) {
            // Keep the keyboard where it was: on the same arrow of the moved item, or the other if at an end.
            Button target = focusUp ? (up.isEnabled() ? up : down) : (down.isEnabled() ? down : up);
            target.focus();
        }
        return item;
    }

    private Button arrow(VaadinIcon icon, String label, int index, int step) {
        var button = new Button(icon.create(), e -> move(index, step));
        button.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }
}
