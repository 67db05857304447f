package org.footnote.bank;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** A question of the bank, as stored. Never deleted: retired questions keep learners' history whole. */
@Entity
@Table(name = "question")
public class Question {

    /** Where a question came from: the bank files (synchronised at start-up) or the app. */
    public enum Origin { BANK_FILE, APP }

    @Id
    private String id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    private SourceDocument document;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Format format;
    private String prompt;
    private String answer;
    @Column(name = "accept_json")
    private String acceptJson;
    @Column(name = "distractors_json")
    private String distractorsJson;
    @Column(name = "items_json")
    private String itemsJson;
    private int difficulty;
    @Column(name = "tags_json")
    private String tagsJson;
    private String quote;
    private String explanation;
    @Enumerated(EnumType.STRING)
    private QuestionStatus status;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected Question() {
    }

    Question(String id, Origin origin, Instant now) {
        this.id = id;
        this.origin = origin;
        this.createdAt = now;
    }

    /** Takes the spec's content and makes the question active; returns whether anything changed. */
    boolean update(QuestionSpec spec, SourceDocument source, Instant now) {
        String hash = hash(spec);
        if (hash.equals(contentHash) && status == QuestionStatus.ACTIVE) {
            return false;
        }
        document = source;
        kind = spec.kind();
        format = spec.format();
        prompt = spec.prompt();
        answer = spec.answer();
        acceptJson = JsonLists.write(spec.accept());
        distractorsJson = JsonLists.write(spec.distractors());
        itemsJson = JsonLists.write(spec.items());
        difficulty = spec.difficulty();
        tagsJson = JsonLists.write(spec.tags());
        quote = spec.quote();
        explanation = spec.explanation();
        status = QuestionStatus.ACTIVE;
        contentHash = hash;
        updatedAt = now;
        return true;
    }

    void retire(Instant now) {
        status = QuestionStatus.RETIRED;
        updatedAt = now;
    }

    /** The question as a spec again, e.g. to validate or export it. */
    public QuestionSpec toSpec() {
        return new QuestionSpec(id, kind, format, prompt, answer, getAccept(), getDistractors(), getItems(), difficulty,
                getTags(), document.getId(), quote, explanation, "questions/" + document.getId() + ".yaml", 0);
    }

    static String hash(QuestionSpec spec) {
        String canonical = String.join("\u0001", spec.id(), spec.kind().name(), spec.format().name(), spec.prompt(),
                spec.answer(), JsonLists.write(spec.accept()), JsonLists.write(spec.distractors()),
                JsonLists.write(spec.items()), Integer.toString(spec.difficulty()), JsonLists.write(spec.tags()),
                spec.documentId(), spec.quote(), String.valueOf(spec.explanation()));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String getId() {
        return id;
    }

    public SourceDocument getDocument() {
        return document;
    }

    public Kind getKind() {
        return kind;
    }

    public Format getFormat() {
        return format;
    }

    public String getPrompt() {
        return prompt;
    }

    public String getAnswer() {
        return answer;
    }

    public List<String> getAccept() {
        return JsonLists.strings(acceptJson);
    }

    public List<String> getDistractors() {
        return JsonLists.strings(distractorsJson);
    }

    public List<QuestionSpec.OrderingItem> getItems() {
        return JsonLists.items(itemsJson);
    }

    public int getDifficulty() {
        return difficulty;
    }

    public List<String> getTags() {
        return JsonLists.strings(tagsJson);
    }

    public String getQuote() {
        return quote;
    }

    public String getExplanation() {
        return explanation;
    }

    public QuestionStatus getStatus() {
        return status;
    }

    public Origin getOrigin() {
        return origin;
    }
}
