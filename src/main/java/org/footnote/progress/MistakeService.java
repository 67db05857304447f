package org.footnote.progress;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in learner's mistakes: every question they missed, with its last miss and whether it is fixed. */
@Service
@PreAuthorize("isAuthenticated()")
public class MistakeService {

    static final String FLASHCARD_LAPSE = "(forgotten on a flashcard)";
    private final MistakeQueries queries;
    private final QuestionCatalog catalog;
    private final CurrentUser currentUser;

    public MistakeService(MistakeQueries queries, QuestionCatalog catalog, CurrentUser currentUser) {
        this.queries = queries;
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    /** Mistakes matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public List<Mistake> mistakes(MistakeFilter filter) {
        long userId = currentUser.require().getId();
        Map<String, MistakeQueries.Misses> misses = queries.misses(userId);
        Map<String, Instant> lastRight = queries.lastRight(userId);
        Map<String, QuestionDetails> details = catalog.details(misses.keySet());
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        List<Mistake> out = new ArrayList<>();
        misses.forEach((questionId, m) -> {
            QuestionDetails q = details.get(questionId);
            Instant right = lastRight.get(questionId);
            var mistake = new Mistake(q, m.count(), m.last(), m.lastAnswer() == null ? FLASHCARD_LAPSE : m.lastAnswer(),
                    right != null && right.isAfter(m.last()) ? right : null);
            if (q != null && matches(mistake, filter, text)) {
                out.add(mistake);
            }
        });
        return out;
    }

    private static boolean matches(Mistake m, MistakeFilter f, String text) {
        QuestionDetails q = m.question();
        var day = m.lastMissed().atZone(ZoneOffset.UTC).toLocalDate();
        return (f.documentIds().isEmpty() || f.documentIds().contains(q.source().documentId()))
                && (f.kinds().isEmpty() || f.kinds().contains(q.kind()))
                && (!f.stillMissedOnly() || m.stillMissed())
                && (f.from() == null || !day.isBefore(f.from()))
                && (f.to() == null || !day.isAfter(f.to()))
                && (text.isEmpty() || (q.prompt() + " " + q.answer() + " " + String.join(" ", q.itemTexts()))
                        .toLowerCase(Locale.ROOT).contains(text));
    }
}
