package org.footnote.bank.history;
import org.footnote.bank.QuestionField;

/** One field of a question changed by a revision: its value before and after, as people read them. */
public record FieldChange(QuestionField field, String oldValue, String newValue) {
}
