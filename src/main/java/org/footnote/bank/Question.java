package org.footnote.bank;

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
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "document_id")
    private SourceDocument document;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Enumerated(EnumType.STRING)
    private Format format;
    private String prompt;
    private String answer;
    private String acceptJson;
    private String distractorsJson;
    private String itemsJson;
    private String keyTermsJson;
    private int difficulty;
    private String tagsJson;
    private String quote;
    private String explanation;
    @Enumerated(EnumType.STRING)
    private QuestionStatus status;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    private String contentHash;
    /** The hash of the question as the bank files last gave it; null for questions only ever in the app. */
    private String fileHash;
    private Instant createdAt;
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

    /**
     * Takes the bank files' version of this question at start-up; returns whether the question
     * changed. The file wins only when its own content changed since the last sync: a question
     * edited in the app since then keeps its edits while its file stays as it was. A file that
     * caught up with the database (an exported edit committed) adopts the question quietly.
     */
    boolean syncFromFile(QuestionSpec spec, SourceDocument source, Instant now) {
        String hash = hash(spec);
        if (hash.equals(fileHash) && (origin == Origin.APP || status == QuestionStatus.ACTIVE)) {
            return false;
        }
        fileHash = hash;
        origin = Origin.BANK_FILE;
        if (hash.equals(contentHash) && status == QuestionStatus.ACTIVE) {
            return false;
        }
        write(spec, source);
        status = QuestionStatus.ACTIVE;
        updatedAt = now;
        return true;
    }

    /** An instructor's edit in the app: the question is theirs now, until its file changes. */
    void edit(QuestionSpec spec, SourceDocument source, QuestionStatus newStatus, Instant now) {
        write(spec, source);
        status = newStatus;
        origin = Origin.APP;
        updatedAt = now;
    }

    private void write(QuestionSpec spec, SourceDocument source) {
        document = source;
        kind = spec.kind();
        format = spec.format();
        prompt = spec.prompt();
        answer = spec.answer();
        acceptJson = JsonLists.write(spec.accept());
        distractorsJson = JsonLists.write(spec.distractors());
        itemsJson = JsonLists.write(spec.items());
        keyTermsJson = JsonLists.write(spec.keyTerms());
        difficulty = spec.difficulty();
        tagsJson = JsonLists.write(spec.tags());
        quote = spec.quote();
        explanation = spec.explanation();
        contentHash = hash(spec);
    }

    void retire(Instant now) {
        status = QuestionStatus.RETIRED;
        updatedAt = now;
    }

    /** The question as a spec again, e.g. to validate or export it. */
    public QuestionSpec toSpec() {
        String documentId = document == null ? null : document.getId();
        return new QuestionSpec(id, kind, format, prompt, answer, getAccept(), getDistractors(), getItems(), difficulty,
                getTags(), documentId, quote, explanation, getKeyTerms(),
                documentId == null ? "app" : "questions/" + documentId + ".yaml", 0);
    }

    static String hash(QuestionSpec spec) {
        String canonical = String.join("\u0001", spec.id(), String.valueOf(spec.kind()), String.valueOf(spec.format()),
                spec.prompt(), spec.answer(), JsonLists.write(spec.accept()), JsonLists.write(spec.distractors()),
                JsonLists.write(spec.items()), Integer.toString(spec.difficulty()), JsonLists.write(spec.tags()),
                String.valueOf(spec.documentId()), String.valueOf(spec.quote()), String.valueOf(spec.explanation()))
                // Added to the hash only when present, so that questions without them keep the hashes they had.
                + (spec.keyTerms().isEmpty() ? "" : "\u0001" + JsonLists.write(spec.keyTerms()));
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

    public List<List<String>> getKeyTerms() {
        return JsonLists.lists(keyTermsJson);
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

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
