package org.footnote.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.footnote.bank.QuestionSpec;
import org.footnote.bank.ui.components.Quote;

/** The events of an ordering question in their right order, each with the quote that dates it. */
class OrderingItemsEditor extends Div {

    /** One item's fields; {@code documentId} is kept when it differs from the question's. */
    private record Row(TextField text, TextArea quote, String documentId) {
    }

    private final List<Row> rows = new ArrayList<>();
    /** Each row's move-up and move-down buttons, so that focus can follow a moved item. */
    private final List<Button[]> moves = new ArrayList<>();
    private final OrderedList list = new OrderedList();
    private final Paragraph error = new Paragraph();

    OrderingItemsEditor() {
        addClassName("ordering-items-editor");
        error.addClassName("field-error");
        error.setId("ordering-items-error");
        error.setVisible(false);
        var add = new Button("Add an item", VaadinIcon.PLUS.create(), e -> {
            rows.add(row(new QuestionSpec.OrderingItem("", null, "")));
            render();
            rows.getLast().text().focus();
        });
        add.addThemeVariants(ButtonVariant.TERTIARY);
        add(new H3("Ordering items, in their right order"), error, list, add);
    }

    void setItems(List<QuestionSpec.OrderingItem> items) {
        rows.clear();
        items.forEach(i -> rows.add(row(i)));
        while (rows.size() < 3) {
            rows.add(row(new QuestionSpec.OrderingItem("", null, "")));
        }
        render();
    }

    /** The items as typed; those without a document of their own take {@code documentId}. */
    List<QuestionSpec.OrderingItem> items(String documentId) {
        return rows.stream().map(r -> new QuestionSpec.OrderingItem(r.text().getValue(),
                r.documentId() != null ? r.documentId() : documentId, r.quote().getValue())).toList();
    }

    /** Shows a breach beside its item (or above the list, for one about them all); returns where to focus. */
    com.vaadin.flow.component.Focusable<?> showBreach(int item, String reason) {
        if (item >= 0 && item < rows.size()) {
            Row row = rows.get(item);
            boolean aboutText = reason.contains("appears twice") || reason.contains("needs its text");
            var field = aboutText ? row.text() : row.quote();
            field.setErrorMessage(join(field.getErrorMessage(), reason));
            field.setInvalid(true);
            return field;
        }
        error.setText(join(error.getText(), reason));
        error.setVisible(true);
        return rows.isEmpty() ? null : rows.getFirst().text();
    }

    void clearBreaches() {
        error.setText("");
        error.setVisible(false);
        for (Row r : rows) {
            for (var f : List.of(r.text(), r.quote())) {
                f.setInvalid(false);
                f.setErrorMessage(null);
            }
        }
    }

    private Row row(QuestionSpec.OrderingItem item) {
        var text = new TextField();
        text.setValue(Objects.requireNonNullElse(item.text(), ""));
        var quote = new TextArea();
        quote.setValue(Objects.requireNonNullElse(item.quote(), ""));
        quote.setHelperText("The passage that dates this event, word for word.");
        return new Row(text, quote, item.documentId());
    }

    private void render() {
        list.removeAll();
        moves.clear();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int n = i + 1;
            r.text().setLabel("Item " + n);
            r.quote().setLabel("Quote for item " + n);
            var up = move(i, -1, VaadinIcon.ARROW_UP, "Move item " + n + " up");
            var down = move(i, 1, VaadinIcon.ARROW_DOWN, "Move item " + n + " down");
            var remove = new Button(VaadinIcon.TRASH.create(), e -> {
                rows.remove(n - 1);
                render();
            });
            remove.setAriaLabel("Remove item " + n);
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            up.setEnabled(i > 0);
            down.setEnabled(i < rows.size() - 1);
            moves.add(new Button[] {up, down});
            var actions = new Div(up, down, remove);
            actions.addClassName("ordering-item-actions");
            var li = new ListItem(r.text(), r.quote(), actions);
            li.addClassName("ordering-item-row");
            list.add(li);
        }
    }

    private Button move(int index, int by, VaadinIcon icon, String label) {
        var button = new Button(icon.create(), e -> {
            rows.add(index + by, rows.remove(index));
            render();
            Button[] pair = moves.get(index + by);
            (pair[by < 0 ? 0 : 1].isEnabled() ? pair[by < 0 ? 0 : 1] : pair[by < 0 ? 1 : 0]).focus();
        });
        button.setAriaLabel(label);
        button.addThemeVariants(ButtonVariant.TERTIARY);
        return button;
    }

    private static String join(String a, String b) {
        return a == null || a.isBlank() ? b : a + "; " + b;
    }
}
