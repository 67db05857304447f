package org.footnote.cards;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Which study day (see {@link StudyDay}) a moment belongs to for a learner, by their own time zone and
 * roll-over hour: the one definition of "day" that cards, streaks, activity and Mistakes' dates share.
 * Not secured: it also runs when the server releases an assigned quiz's answers, with nobody signed
 * in, and it tells nothing but a date.
 */
@Component
public class StudyDays {

    private final LearnerSettingsRepository repository;
    private final Clock clock;
    /**
     * Each learner's settings, read once rather than with every answer and review. A save on this
     * instance replaces its entry at once; a save on another instance sharing the database shows
     * here within the expiry.
     */
    private final Cache<Long, StudySettings> recent = Caffeine.newBuilder().maximumSize(20_000)
            .expireAfterWrite(Duration.ofMinutes(2)).build();

    StudyDays(LearnerSettingsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** The learner's study day holding {@code at}. */
    public LocalDate dayOf(long userId, Instant at) {
        return settings(userId).studyDay(at);
    }

    /** The learner's study day of any moment, for many moments at once (their settings read once). */
    public Function<Instant, LocalDate> calendarOf(long userId) {
        return settings(userId)::studyDay;
    }

    /** The learner's study day now. */
    public LocalDate today(long userId) {
        return dayOf(userId, clock.instant());
    }

    /** The learner's settings, or the defaults (in the application's zone) until they save their own. */
    StudySettings settings(long userId) {
        return recent.get(userId, id -> repository.findById(id).map(LearnerSettings::toSettings)
                .orElseGet(() -> StudySettings.defaults(clock.getZone())));
    }

    /** The learner saved new settings: their days follow them from the next answer on. */
    void forget(long userId) {
        recent.invalidate(userId);
    }
}
