package org.footnote.bank.files;
import org.footnote.bank.QuestionField;

/**
 * One rule a question breaks, and the field it is about, so that an editor can show it beside
 * that field and a bank file report can name it.
 *
 * @param item for a breach about one ordering item, the item's index; otherwise -1
 */
public record QuestionBreach(QuestionField field, int item, String reason) {

    public QuestionBreach(QuestionField field, String reason) {
        this(field, -1, reason);
    }

    @Override
    public String toString() {
        return field.label() + (item >= 0 ? " " + (item + 1) : "") + ": " + reason;
    }
}
