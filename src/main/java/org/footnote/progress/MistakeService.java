package org.footnote.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionDetails;
import org.footnote.bank.StoredAnswer;
import org.footnote.cards.StudyDays;
import org.footnote.classes.ClassService;
import org.footnote.account.CurrentUser;
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
    private final ClassService classes;
    private final StudyDays days;

    public MistakeService(MistakeQueries queries, QuestionCatalog catalog, CurrentUser currentUser, ClassService classes,
                          StudyDays days) {
        this.days = days;
        this.queries = queries;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.classes = classes;
    }

    /** Mistakes matching {@code filter}, newest first. */
    @Transactional(readOnly = true)
    public List<Mistake> mistakes(MistakeFilter filter) {
        return mistakes(currentUser.id(), filter);
    }

    /**
     * A student's mistakes, for one of their instructors (read-only use).
     *
     * @throws org.springframework.security.access.AccessDeniedException unless the signed-in user teaches them
     */
    @Transactional(readOnly = true)
    public List<Mistake> mistakesOf(long studentId, MistakeFilter filter) {
        if (!classes.mayRead(studentId)) {
            throw new org.springframework.security.access.AccessDeniedException("Not your student");
        }
        return mistakes(studentId, filter);
    }

    private List<Mistake> mistakes(long userId, MistakeFilter filter) {
        MistakeQueries.History history = queries.read(userId);
        Map<String, MistakeQueries.Misses> misses = history.misses();
        Map<String, Instant> lastRight = history.lastRight();
        Map<String, QuestionDetails> details = catalog.details(misses.keySet());
        String text = filter.text() == null ? "" : filter.text().strip().toLowerCase(Locale.ROOT);
        var dayOf = days.calendarOf(userId);
        List<Mistake> out = new ArrayList<>();
        misses.forEach((questionId, m) -> {
            QuestionDetails q = details.get(questionId);
            Instant right = lastRight.get(questionId);
            if (q == null) {
                return;
            }
            var mistake = new Mistake(q, m.count(), m.last(),
                    m.lastAnswer() == null ? FLASHCARD_LAPSE : StoredAnswer.display(q.format(), m.lastAnswer()),
                    StoredAnswer.items(q.format(), m.lastAnswer()), right != null && right.isAfter(m.last()) ? right : null);
            if (matches(mistake, dayOf.apply(m.last()), filter, text)) {
                out.add(mistake);
            }
        });
        return out;
    }

    /** @param day the learner's study day of the last miss, as the date filter means it */
    private static boolean matches(Mistake m, java.time.LocalDate day, MistakeFilter f, String text) {
        QuestionDetails q = m.question();
        return (f.documentIds().isEmpty() || f.documentIds().contains(q.source().documentId()))
                && (f.kinds().isEmpty() || f.kinds().contains(q.kind()))
                && (!f.stillMissedOnly() || m.stillMissed())
                && (f.from() == null || !day.isBefore(f.from()))
                && (f.to() == null || !day.isAfter(f.to()))
                && (text.isEmpty() || (q.prompt() + " " + q.answer() + " " + String.join(" ", q.itemTexts()))
                        .toLowerCase(Locale.ROOT).contains(text));
    }
}
