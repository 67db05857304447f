package org.footnote.bank;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.footnote.bank.history.FieldChange;

/** One change of a question: who made it, when, and each field's value before and after. Never edited. */
@Entity
@Table(name = "question_revision")
public class QuestionRevision {

    /** How the question changed. */
    public enum Type { CREATED, EDITED, IMPORTED, FILE_SYNC }

    /** The author name of changes the start-up sync takes from the bank files. */
    public static final String BANK_FILES = "the bank files";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String questionId;
    private Instant revisedAt;
    private Long authorId;
    private String authorName;
    @Enumerated(EnumType.STRING)
    @Column(name = "change_type")
    private Type type;
    private String note;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "question_revision_change", joinColumns = @JoinColumn(name = "revision_id"))
    @OrderColumn(name = "position")
    private List<Change> changes = new ArrayList<>();

    protected QuestionRevision() {
    }

    QuestionRevision(String questionId, Instant revisedAt, Long authorId, String authorName, Type type, String note,
                     List<FieldChange> changes) {
        this.questionId = questionId;
        this.revisedAt = revisedAt;
        this.authorId = authorId;
        this.authorName = authorName;
        this.type = type;
        this.note = note;
        changes.forEach(c -> this.changes.add(new Change(c.field(), c.oldValue(), c.newValue())));
    }

    /** The revision as the editor's history shows it. */
    public Entry entry() {
        return new Entry(revisedAt, authorName, type, note,
                changes.stream().map(c -> new FieldChange(c.field, c.oldValue, c.newValue)).toList());
    }

    /** A revision, detached. */
    public record Entry(Instant at, String author, Type type, String note, List<FieldChange> changes) {
    }

    /** One changed field, as stored. */
    @Embeddable
    public static class Change {
        @Enumerated(EnumType.STRING)
        @Column(name = "field_name")
        private QuestionField field;
        private String oldValue;
        private String newValue;

        protected Change() {
        }

        Change(QuestionField field, String oldValue, String newValue) {
            this.field = field;
            this.oldValue = oldValue;
            this.newValue = newValue;
        }
    }
}
