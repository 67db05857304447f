package org.footnote.cards;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionStatus;
import org.footnote.cards.fsrs.CardMemory;
import org.footnote.cards.fsrs.FsrsScheduler;
import org.footnote.cards.fsrs.Rating;
import org.footnote.quiz.AnswerRecorded;
import org.footnote.account.CurrentUser;
import org.footnote.shared.DayCount;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in learner's flashcards: the daily queue, ratings (each saved with its review log in
 * the transaction that returns the next card), and missed quiz answers coming due.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ReviewService {

    private final CardRepository cards;
    private final ReviewLogRepository logs;
    private final StudySettingsService settings;
    private final QuestionCatalog catalog;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ReviewService(CardRepository cards, ReviewLogRepository logs, StudySettingsService settings,
                         QuestionCatalog catalog, CurrentUser currentUser, Clock clock, ApplicationEventPublisher events) {
        this.cards = cards;
        this.logs = logs;
        this.settings = settings;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The next card to study, or empty when today's queue is done. */
    @Transactional(readOnly = true)
    public Optional<ReviewCard> next() {
        return build(userId(), clock.instant());
    }

    /** Where the learner stands now; {@link QueueCounts#due()} is what "due" means wherever it is shown. */
    @Transactional(readOnly = true)
    public QueueCounts counts() {
        Long userId = userId();
        Instant now = clock.instant();
        return new Snapshot(userId, now).counts();
    }

    /**
     * Cards due on each of a learner's next {@code days} study days, for statistics about them (their
     * own, or a student's for one of their instructors). Today's figure is {@link QueueCounts#due()},
     * exactly what Flashcards shows; each later day counts the cards coming due in it.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone else
     */
    @Transactional(readOnly = true)
    public List<DayCount> dueForecast(long userId, int days) {
        StudySettings s = settings.of(userId);
        Instant now = clock.instant();
        LocalDate today = s.studyDay(now);
        Instant tomorrow = s.dayStart(today.plusDays(1));
        Map<LocalDate, Integer> later = new HashMap<>();
        cards.findDueTimes(userId, tomorrow, s.dayStart(today.plusDays(days)))
                .forEach(due -> later.merge(s.studyDay(due), 1, Integer::sum));
        List<DayCount> out = new ArrayList<>();
        out.add(new DayCount(today, new Snapshot(userId, now).counts().due()));
        for (int i = 1; i < days; i++) {
            out.add(new DayCount(today.plusDays(i), later.getOrDefault(today.plusDays(i), 0)));
        }
        return out;
    }

    /**
     * Rates the card shown as {@code shown} and returns the next one, in one transaction.
     *
     * @throws CardAlreadyRatedException if the card changed since it was shown (another tab rated it)
     */
    @Transactional
    public Optional<ReviewCard> rate(ReviewCard shown, Rating rating, long durationMs) {
        Long userId = userId();
        Instant now = clock.instant();
        StudySettings s = settings.current(userId);
        FsrsScheduler scheduler = new FsrsScheduler(s.fsrs(true));
        Card card = shown.isNew() ? create(userId, shown.questionId(), now)
                : cards.findByUserIdAndQuestionId(userId, shown.questionId()).orElseThrow(CardAlreadyRatedException::new);
        if (card.getVersion() != shown.version()) {
            throw new CardAlreadyRatedException();
        }
        CardMemory before = card.memory();
        CardMemory after = scheduler.review(before, rating, now, card.fuzzSeed());
        card.apply(after);
        card.countReview(rating == Rating.AGAIN && before.state() == org.footnote.cards.fsrs.CardState.REVIEW);
        try {
            cards.saveAndFlush(card);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new CardAlreadyRatedException();
        }
        double elapsed = before.lastReview() == null ? 0 : Duration.between(before.lastReview(), now).toMinutes() / 1440.0;
        logs.save(new ReviewLog(card.getId(), userId, card.getQuestionId(), now, rating.value(),
                before.isNew() ? ReviewLog.NEW : before.state().name(), elapsed,
                Duration.between(now, after.due()).toMinutes() / 1440.0, after.stability(), after.difficulty(),
                Math.max(0, durationMs)));
        events.publishEvent(new ReviewRecorded(userId, card.getQuestionId(), rating.value(), elapsed, now));
        return build(userId, now);
    }

    private Card create(Long userId, String questionId, Instant now) {
        if (cards.findByUserIdAndQuestionId(userId, questionId).isPresent()) {
            throw new CardAlreadyRatedException();
        }
        try {
            return cards.saveAndFlush(new Card(userId, questionId, now));
        } catch (DataIntegrityViolationException e) {
            throw new CardAlreadyRatedException();
        }
    }

    private Optional<ReviewCard> build(Long userId, Instant now) {
        Snapshot snapshot = new Snapshot(userId, now);
        var due = DailyQueue.nextDue(snapshot.due, snapshot.reviewAllowance, snapshot.scheduler, now)
                .flatMap(d -> cards.findByUserIdAndQuestionId(userId, d.questionId()));
        if (due.isPresent()) {
            Card card = due.get();
            CardMemory memory = card.memory();
            QueueCounts counts = snapshot.counts();
            return catalog.details(card.getQuestionId()).map(q -> new ReviewCard(card.getQuestionId(), card.getVersion(), false,
                    q, snapshot.scheduler.retrievability(memory, now), snapshot.scheduler.preview(memory, now, card.fuzzSeed()),
                    counts));
        }
        if (snapshot.newAllowance == 0) {
            return Optional.empty();
        }
        Optional<String> first = snapshot.firstNew();
        QueueCounts counts = snapshot.counts();
        return first.flatMap(catalog::details).map(q -> new ReviewCard(q.id(), 0, true, q, 0,
                snapshot.scheduler.preview(CardMemory.fresh(now), now, Card.fuzzSeed(userId, q.id(), 0)), counts));
    }

    private Long userId() {
        return currentUser.id();
    }

    /** Questions whose cards are not studied (the queue leaves them out). */
    private static final Set<QuestionStatus> INACTIVE = EnumSet.complementOf(EnumSet.of(QuestionStatus.ACTIVE));

    /** One read of the learner's queue state. */
    private final class Snapshot {
        final FsrsScheduler scheduler;
        final List<DueCard> due;
        final int reviewAllowance;
        final int newAllowance;
        final int reviewedToday;
        final Long userId;
        final Instant now;
        final StudySettings s;
        private List<String> unseen;

        Snapshot(Long userId, Instant now) {
            this.userId = userId;
            this.now = now;
            this.s = settings.current(userId);
            this.scheduler = new FsrsScheduler(s.fsrs(true));
            this.due = cards.findDue(userId, now, INACTIVE);
            Instant dayStart = StudyDay.start(now, s.timeZone(), s.dayStartsHour());
            int newToday = 0;
            int reviewsToday = 0;
            for (Object[] row : logs.countSince(userId, dayStart)) {
                if (Boolean.TRUE.equals(row[0])) {
                    newToday = ((Number) row[1]).intValue();
                } else {
                    reviewsToday = ((Number) row[1]).intValue();
                }
            }
            this.reviewedToday = newToday + reviewsToday;
            this.reviewAllowance = DailyQueue.allowance(s.reviewsPerDay(), reviewsToday);
            this.newAllowance = DailyQueue.allowance(s.newPerDay(), newToday);
        }

        /** The first question of the learner's documents not yet met as a card, in a per-learner order. */
        Optional<String> firstNew() {
            return unseen().stream().findFirst();
        }

        List<String> unseen() {
            if (unseen == null) {
                unseen = cards.findUnseenQuestionIds(userId, s.documentIds().isEmpty(),
                                s.documentIds().isEmpty() ? Set.of("") : s.documentIds()).stream()
                        .sorted(Comparator.comparingInt(id -> (id + "#" + userId).hashCode())).toList();
            }
            return unseen;
        }

        /**
         * How many questions of the learner's documents they have not met: counted rather than listed
         * (index counts instead of an anti-join over the bank), unless the list was read anyway. Each
         * card is of one question, so the active questions less the cards of active questions.
         */
        int unseenCount() {
            if (unseen != null) {
                return unseen.size();
            }
            long met = s.documentIds().isEmpty() ? cards.countByUserId(userId) - cards.countOfQuestionsIn(userId, INACTIVE)
                    : cards.countOfActiveQuestionsIn(userId, s.documentIds());
            return (int) (catalog.activeCount(s.documentIds()) - met);
        }

        QueueCounts counts() {
            int fresh = newAllowance == 0 ? 0 : Math.min(newAllowance, unseenCount());
            int dueToday = DailyQueue.countDue(due, reviewAllowance);
            Instant nextDue = dueToday + fresh > 0 ? null
                    : cards.findFirstByUserIdAndDueAfterOrderByDue(userId, now).map(Card::getDue).orElse(null);
            return new QueueCounts(dueToday, fresh, reviewedToday, nextDue);
        }
    }
}
