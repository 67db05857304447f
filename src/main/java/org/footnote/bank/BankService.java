package org.footnote.bank;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.footnote.shared.persistence.LikePattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.footnote.bank.files.BankYamlWriter;
import org.footnote.bank.files.BankLint;

/** What instructors read about the bank as a whole. */
@Service
public class BankService {

    private final SourceDocumentRepository documents;
    private final QuestionRepository questions;
    private final BankSyncService sync;
    private final QuestionCatalog catalog;

    public BankService(SourceDocumentRepository documents, QuestionRepository questions, BankSyncService sync,
                       QuestionCatalog catalog) {
        this.documents = documents;
        this.questions = questions;
        this.sync = sync;
        this.catalog = catalog;
    }

    /** Active questions by document, kind and format. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public BankSummary summary() {
        Map<String, String> titles = new LinkedHashMap<>();
        documents.findAll(org.springframework.data.domain.Sort.by("id")).forEach(d -> titles.put(d.getId(), d.getTitle()));
        return BankSummary.of(titles, questions.countByDocumentKindFormat(QuestionStatus.ACTIVE));
    }

    /** Rows {@code offset} to {@code offset + limit} of the bank filtered by {@code filter}, by id. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public java.util.List<QuestionRow> rows(BankFilter filter, int offset, int limit) {
        var page = new OffsetPage(offset, limit);
        return questions.findRows(filter.documentId(), filter.kind(), filter.format(), filter.difficulty(),
                filter.status(), tagPattern(filter.tag()), textPattern(filter.text()), page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long count(BankFilter filter) {
        return questions.countRows(filter.documentId(), filter.kind(), filter.format(), filter.difficulty(),
                filter.status(), tagPattern(filter.tag()), textPattern(filter.text()));
    }

    /** One question's answers so far across all learners: how many, share right, the three commonest wrong answers. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public QuestionStats stats(String questionId) {
        Object[] counts = questions.answerCounts(questionId).getFirst();
        Format format = questions.findById(questionId).map(Question::getFormat).orElse(null);
        var wrong = questions.wrongAnswers(questionId, new OffsetPage(0, 3)).stream()
                .map(r -> new QuestionStats.WrongAnswer(StoredAnswer.display(format, (String) r[0]),
                        ((Number) r[1]).intValue())).toList();
        return new QuestionStats(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(), wrong);
    }

    /**
     * The active questions as the bank's YAML files, zipped ({@code questions/<document>.yaml}), so
     * that what the database holds can be committed; loading them again changes nothing.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public byte[] exportYamlZip() {
        var specs = questions.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .filter(q -> q.getStatus() == QuestionStatus.ACTIVE).map(Question::toSpec).toList();
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var file : BankYamlWriter.write(specs).entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry("questions/" + file.getKey() + ".yaml"));
                zip.write(file.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The filtered questions as Moodle GIFT, each with its source passage in the general feedback. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public String exportGift(BankFilter filter) {
        return org.footnote.bank.gift.GiftWriter.write(exported(filter));
    }

    /** The filtered questions as Moodle XML, with the same footnotes, tokens and tags as the GIFT export. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public String exportMoodleXml(BankFilter filter) {
        return org.footnote.bank.gift.MoodleXmlWriter.write(exported(filter));
    }

    private java.util.List<QuestionDetails> exported(BankFilter filter) {
        var ids = rows(filter, 0, (int) Math.min(Integer.MAX_VALUE, count(filter))).stream().map(QuestionRow::id).toList();
        var details = catalog.details(ids);
        return ids.stream().map(details::get).toList();
    }

    /** The lint warnings of the active questions: what gives an answer away without breaking a rule. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public java.util.List<BankLint.Warning> lint() {
        var specs = questions.findAll(org.springframework.data.domain.Sort.by("id")).stream()
                .filter(q -> q.getStatus() == QuestionStatus.ACTIVE).map(Question::toSpec).toList();
        var docs = documents.findAll().stream().map(SourceDocument::toSpec).toList();
        return new BankLint(docs, catalog.nameGroups().spellings()).check(specs);
    }

    private static String textPattern(String text) {
        return text == null || text.isBlank() ? null
                : LikePattern.containing(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    private static String tagPattern(String tag) {
        return tag == null || tag.isBlank() ? null : LikePattern.containing("\"" + tag.strip() + "\"");
    }

    @PreAuthorize("hasRole('INSTRUCTOR')")
    public Optional<SyncReport> lastLoad() {
        return sync.lastReport();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public long retiredCount() {
        return questions.countByStatus(QuestionStatus.RETIRED);
    }
}
