package org.footnote.bank;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.footnote.bank.files.DocumentText;
import org.footnote.bank.files.DocumentSpec;

/** A cleaned source document, as loaded from the bank. */
@Entity
@Table(name = "source_document")
public class SourceDocument {

    @Id
    private String id;
    private String title;
    private String author;
    private String publisher;
    private String published;
    private String url;
    private String notes;
    private String body;
    private Instant updatedAt;

    protected SourceDocument() {
    }

    public SourceDocument(String id) {
        this.id = id;
    }

    /** Takes the spec's content; returns whether anything changed. */
    boolean update(DocumentSpec spec, Instant now) {
        boolean changed = !Objects.equals(title, spec.title()) || !Objects.equals(author, spec.author())
                || !Objects.equals(publisher, spec.publisher()) || !Objects.equals(published, spec.published())
                || !Objects.equals(url, spec.url()) || !Objects.equals(notes, spec.notes())
                || !Objects.equals(body, spec.body());
        if (changed) {
            title = spec.title();
            author = spec.author();
            publisher = spec.publisher();
            published = spec.published();
            url = spec.url();
            notes = spec.notes();
            body = spec.body();
            updatedAt = now;
        }
        return changed;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getAuthor() {
        return author;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getPublished() {
        return published;
    }

    public String getUrl() {
        return url;
    }

    public String getNotes() {
        return notes;
    }

    public String getBody() {
        return body;
    }

    /** The document as the validator reads it. */
    DocumentSpec toSpec() {
        return new DocumentSpec(id, title, author, publisher, published, url, notes, body);
    }

    public List<String> blocks() {
        return DocumentText.blocks(body);
    }
}
