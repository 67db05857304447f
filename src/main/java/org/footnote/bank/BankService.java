package org.footnote.bank;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What instructors read about the bank as a whole. */
@Service
public class BankService {

    private final SourceDocumentRepository documents;
    private final QuestionRepository questions;
    private final BankSyncService sync;

    public BankService(SourceDocumentRepository documents, QuestionRepository questions, BankSyncService sync) {
        this.documents = documents;
        this.questions = questions;
        this.sync = sync;
    }

    /** Active questions by document, kind and format. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public BankSummary summary() {
        Map<String, String> titles = new LinkedHashMap<>();
        documents.findAll(org.springframework.data.domain.Sort.by("id")).forEach(d -> titles.put(d.getId(), d.getTitle()));
        return BankSummary.of(titles, questions.countByDocumentKindFormat(QuestionStatus.ACTIVE));
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
