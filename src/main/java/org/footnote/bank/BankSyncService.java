package org.footnote.bank;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.footnote.shared.persistence.Dialects;
import org.footnote.shared.persistence.InstanceLock;
import org.footnote.shared.persistence.Upsert;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.files.BankProblem;
import org.footnote.bank.files.DocumentSpec;
import org.footnote.bank.history.QuestionDiff;

/**
 * Writes a validated bank into the database by id, in one transaction: new questions are added,
 * changed ones updated, and those no longer in the files retired. Nothing is ever deleted, so no
 * learner's history loses its question. A question's file wins only when the file's own content
 * changed since the last sync; edits made in the app to a question whose file stayed the same
 * stand, and questions written only in the app are left alone. Every change the sync makes to an
 * existing question is kept in its history. Instances sharing a database sync one after the other,
 * so the second finds the bank written and adds nothing.
 */
@Service
public class BankSyncService {

    private static final InstanceLock ONE_SYNC_AT_A_TIME = InstanceLock.named("bank-sync");

    private final SourceDocumentRepository documents;
    private final QuestionRepository questions;
    private final NameVariantRepository names;
    private final QuestionRevisionRepository revisions;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Upsert.Dialect dialect;
    private final AtomicReference<SyncReport> lastReport = new AtomicReference<>();

    public BankSyncService(SourceDocumentRepository documents, QuestionRepository questions,
                           NameVariantRepository names, QuestionRevisionRepository revisions, Clock clock,
                           org.springframework.context.ApplicationEventPublisher events, JdbcTemplate jdbc,
                           DataSource dataSource) {
        this.documents = documents;
        this.questions = questions;
        this.names = names;
        this.revisions = revisions;
        this.clock = clock;
        this.events = events;
        this.jdbc = jdbc;
        this.dialect = Dialects.of(dataSource);
    }

    @Transactional
    public SyncReport sync(LoadedBank bank) {
        ONE_SYNC_AT_A_TIME.holdUntilCommit(jdbc, dialect); // before any read, so these reads see the other's writes
        Instant now = clock.instant();
        Map<String, SourceDocument> byId = new HashMap<>();
        for (DocumentSpec spec : bank.documents()) {
            SourceDocument document = documents.findById(spec.id()).orElseGet(() -> new SourceDocument(spec.id()));
            document.update(spec, now);
            byId.put(spec.id(), documents.save(document));
        }
        Map<String, Question> existing = new HashMap<>();
        questions.findAll().forEach(q -> existing.put(q.getId(), q));
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> inFiles = new HashSet<>();
        for (QuestionSpec spec : bank.questions()) {
            inFiles.add(spec.id());
            Question question = existing.get(spec.id());
            if (question == null) {
                question = new Question(spec.id(), Question.Origin.BANK_FILE, now);
                question.syncFromFile(spec, byId.get(spec.documentId()), now);
                questions.save(question);
                added++;
                continue;
            }
            QuestionSpec before = question.toSpec();
            QuestionStatus statusBefore = question.getStatus();
            if (question.syncFromFile(spec, byId.get(spec.documentId()), now)) {
                record(question, before, statusBefore, now, "the file changed");
                updated++;
            } else {
                unchanged++;
            }
        }
        int retired = 0;
        for (Question question : existing.values()) {
            if (question.getOrigin() == Question.Origin.BANK_FILE && question.getStatus() == QuestionStatus.ACTIVE
                    && !inFiles.contains(question.getId())) {
                question.retire(now);
                record(question, question.toSpec(), QuestionStatus.ACTIVE, now, "no longer in the bank files");
                retired++;
            }
        }
        replaceNames(bank);
        events.publishEvent(BankChanged.WHOLE_BANK);
        return remember(new SyncReport(now, added, updated, retired, unchanged, java.util.List.of()));
    }

    private void record(Question question, QuestionSpec before, QuestionStatus statusBefore, Instant now, String note) {
        var changes = QuestionDiff.between(before, statusBefore, question.toSpec(), question.getStatus());
        revisions.save(new QuestionRevision(question.getId(), now, null, QuestionRevision.BANK_FILES,
                QuestionRevision.Type.FILE_SYNC, note, changes));
    }

    /** Records that the bank files were refused; the database is not touched. */
    public SyncReport refuse(java.util.List<BankProblem> problems) {
        return remember(SyncReport.refused(clock.instant(), problems));
    }

    /** The last start-up outcome, if the bank was loaded since the app started. */
    public java.util.Optional<SyncReport> lastReport() {
        return java.util.Optional.ofNullable(lastReport.get());
    }

    private SyncReport remember(SyncReport report) {
        lastReport.set(report);
        return report;
    }

    private void replaceNames(LoadedBank bank) {
        names.deleteAllInBatch();
        save(bank.nameVariants(), NameVariant.Equivalence.SPELLING);
        save(bank.abbreviations(), NameVariant.Equivalence.ABBREVIATION);
    }

    private void save(java.util.List<java.util.List<String>> groups, NameVariant.Equivalence kind) {
        for (var group : groups) {
            String key = group.getFirst().toLowerCase(Locale.ROOT);
            for (String name : new java.util.LinkedHashSet<>(group.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList())) {
                names.save(new NameVariant(name, key, kind));
            }
        }
    }
}
