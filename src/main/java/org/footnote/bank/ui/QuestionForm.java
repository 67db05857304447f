package org.footnote.bank.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.DocumentPage;
import org.footnote.bank.EditableQuestion;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.files.QuestionBreach;
import org.footnote.bank.QuestionEditService;
import org.footnote.bank.QuestionField;
import org.footnote.bank.QuestionSpec;
import org.footnote.bank.QuestionStatus;
import org.footnote.bank.Question;

/**
 * Every field of a question, each labelled, with the bank's breaches shown beside the field they
 * are about. Fields a format does not use are hidden (and not saved).
 */
class QuestionForm extends Div {

    private final TextField id = new TextField("Id");
    private final Select<QuestionStatus> status = new Select<>();
    private final Select<DocumentInfo> document = new Select<>();
    private final PassagePicker passage = new PassagePicker();
    private final Select<Kind> kind = new Select<>();
    private final Select<Format> format = new Select<>();
    private final TextArea prompt = new TextArea("Question");
    private final TextField answer = new TextField("Answer");
    private final TextArea accept = new TextArea("Also accepted (one per line)");
    private final TextArea distractors = new TextArea("Distractors (one per line)");
    private final OrderingItemsEditor items = new OrderingItemsEditor();
    private final Select<Integer> difficulty = new Select<>();
    private final TextField tags = new TextField("Tags (separated by commas)");
    private final TextArea explanation = new TextArea("Explanation");
    private final Map<QuestionField, HasValidation> fields = new EnumMap<>(QuestionField.class);

    QuestionForm(List<DocumentInfo> documents, Function<String, List<DocumentPage.Block>> blocksOf) {
        addClassName("question-form");
        id.setHelperText("Lower-case words joined by hyphens, starting with the document's short name; never reused.");
        status.setLabel("Status");
        status.setWidth("17rem");
        status.setItems(QuestionStatus.values());
        status.setItemLabelGenerator(QuestionForm::statusLabel);
        document.setLabel("Document");
        document.setItems(documents);
        document.setItemLabelGenerator(d -> d == null ? "None yet" : d.shortName() + ": " + d.title());
        document.setEmptySelectionAllowed(true);
        document.setEmptySelectionCaption("None yet");
        document.addValueChangeListener(e -> passage.setBlocks(e.getValue() == null ? List.of() : blocksOf.apply(e.getValue().id())));
        kind.setLabel("Kind");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Not set" : k.plural());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Not set");
        format.setLabel("Format");
        format.setItems(Format.values());
        format.setItemLabelGenerator(Format::label);
        format.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        difficulty.setLabel("Difficulty");
        difficulty.setItems(1, 2, 3);
        difficulty.setItemLabelGenerator(d -> d + (d == 1 ? " (recall)" : d == 3 ? " (inference)" : ""));
        explanation.setHelperText("One or two sentences; required for causes.");
        for (var f : List.of(prompt, accept, distractors, explanation, id, answer, tags)) {
            ((Component) f).getElement().getStyle().set("width", "100%");
        }
        fields.put(QuestionField.ID, id);
        fields.put(QuestionField.STATUS, status);
        fields.put(QuestionField.DOCUMENT, document);
        fields.put(QuestionField.QUOTE, passage.quoteField());
        fields.put(QuestionField.KIND, kind);
        fields.put(QuestionField.FORMAT, format);
        fields.put(QuestionField.PROMPT, prompt);
        fields.put(QuestionField.ANSWER, answer);
        fields.put(QuestionField.ACCEPT, accept);
        fields.put(QuestionField.DISTRACTORS, distractors);
        fields.put(QuestionField.DIFFICULTY, difficulty);
        fields.put(QuestionField.TAGS, tags);
        fields.put(QuestionField.EXPLANATION, explanation);
        var row = new Div(status, kind, format, difficulty);
        row.addClassName("question-form-row");
        add(id, row, document, passage, prompt, answer, accept, distractors, items, tags, explanation);
    }

    void show(EditableQuestion q, List<DocumentInfo> documents) {
        QuestionSpec s = q.spec();
        id.setValue(Objects.requireNonNullElse(s.id(), ""));
        id.setReadOnly(!q.isNew());
        status.setValue(q.status());
        document.setValue(documents.stream().filter(d -> d.id().equals(s.documentId())).findFirst().orElse(null));
        passage.quoteField().setValue(Objects.requireNonNullElse(s.quote(), ""));
        kind.setValue(s.kind());
        // The service refuses the change too; here the field says so before anyone tries.
        boolean kindFixed = q.status() != QuestionStatus.DRAFT && !q.isNew() && s.kind() != null;
        kind.setReadOnly(kindFixed);
        kind.setHelperText(kindFixed ? capitalise(QuestionEditService.kindIsFixed(s.kind())) + "." : null);
        format.setValue(s.format());
        prompt.setValue(Objects.requireNonNullElse(s.prompt(), ""));
        answer.setValue(Objects.requireNonNullElse(s.answer(), ""));
        accept.setValue(String.join("\n", s.accept()));
        distractors.setValue(String.join("\n", s.distractors()));
        items.setItems(s.items());
        difficulty.setValue(s.difficulty());
        tags.setValue(String.join(", ", s.tags()));
        explanation.setValue(Objects.requireNonNullElse(s.explanation(), ""));
        showFieldsOf(s.format());
    }

    /** The question as typed (the service tidies it: stripped, blanks dropped, unused fields emptied). */
    QuestionSpec read() {
        String documentId = document.getValue() == null ? null : document.getValue().id();
        return new QuestionSpec(id.getValue(), kind.getValue(), format.getValue(), prompt.getValue(), answer.getValue(),
                lines(accept.getValue()), lines(distractors.getValue()), items.items(documentId),
                difficulty.getValue() == null ? 0 : difficulty.getValue(), Arrays.asList(tags.getValue().split(",")),
                documentId, passage.quoteField().getValue(), explanation.getValue(), "app", 0);
    }

    QuestionStatus status() {
        return status.getValue();
    }

    /** Puts each breach beside its field; returns the first field to move focus to. */
    Focusable<?> showBreaches(List<QuestionBreach> breaches) {
        clearBreaches();
        Focusable<?> first = null;
        for (QuestionBreach b : breaches) {
            Focusable<?> at;
            if (b.field() == QuestionField.ITEMS) {
                at = items.showBreach(b.item(), b.reason());
            } else {
                HasValidation field = fields.get(b.field());
                String before = field.getErrorMessage();
                field.setErrorMessage(before == null || before.isBlank() ? capitalise(b.reason()) : before + "; " + b.reason());
                field.setInvalid(true);
                at = (Focusable<?>) field;
            }
            first = first == null ? at : first;
        }
        return first;
    }

    void clearBreaches() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
        items.clearBreaches();
    }

    /** Selecting a passage in the reader, or picking it by paragraph, fills the quote. */
    PassagePicker passage() {
        return passage;
    }

    private void showFieldsOf(Format f) {
        answer.setVisible(f != Format.ORDERING);
        answer.setHelperText(f == Format.TRUE_FALSE ? "true or false" : null);
        accept.setVisible(f == Format.MULTIPLE_CHOICE || f == Format.SHORT_ANSWER);
        distractors.setVisible(f == Format.MULTIPLE_CHOICE);
        distractors.setHelperText(f == Format.MULTIPLE_CHOICE ? "At least three, of the same kind and era as the answer." : null);
        items.setVisible(f == Format.ORDERING);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String statusLabel(QuestionStatus s) {
        return switch (s) {
            case ACTIVE -> "Active: students meet it";
            case DRAFT -> "Draft: hidden from students";
            case RETIRED -> "Retired: hidden, history kept";
        };
    }
}
