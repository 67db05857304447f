package org.footnote.cards;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.footnote.cards.fsrs.FsrsParameters;

/**
 * What a learner chose for flashcards.
 *
 * @param dayStartsHour the hour (0-23, in {@code timeZone}) at which a new study day begins
 * @param documentIds   the documents whose questions become cards; empty means all
 */
public record StudySettings(double desiredRetention, int maximumInterval, int newPerDay, int reviewsPerDay,
                            int dayStartsHour, ZoneId timeZone, Set<String> documentIds) {

    public static final int DEFAULT_NEW_PER_DAY = 20;
    public static final int DEFAULT_REVIEWS_PER_DAY = 200;

    public static StudySettings defaults(ZoneId zone) {
        return new StudySettings(0.9, 36_500, DEFAULT_NEW_PER_DAY, DEFAULT_REVIEWS_PER_DAY, 4, zone, Set.of());
    }

    /** The settings a learner chooses, to say which one a problem is about. */
    public enum Setting { DESIRED_RETENTION, MAXIMUM_INTERVAL, NEW_PER_DAY, REVIEWS_PER_DAY, DAY_STARTS_HOUR }

    /** Problems, in words; empty when these settings can be saved. */
    public List<String> problems() {
        return List.copyOf(problemsBySetting().values());
    }

    /** Each setting out of range, with what is wrong in words; empty when these settings can be saved. */
    public Map<Setting, String> problemsBySetting() {
        Map<Setting, String> problems = new EnumMap<>(Setting.class);
        if (desiredRetention < FsrsParameters.MIN_RETENTION - 1e-9 || desiredRetention > FsrsParameters.MAX_RETENTION + 1e-9) {
            problems.put(Setting.DESIRED_RETENTION, "Desired retention must be between 70% and 97%.");
        }
        if (maximumInterval < 1 || maximumInterval > 36_500) {
            problems.put(Setting.MAXIMUM_INTERVAL, "The longest interval must be between 1 and 36,500 days.");
        }
        if (newPerDay < 0 || newPerDay > 500) {
            problems.put(Setting.NEW_PER_DAY, "New cards per day must be between 0 and 500.");
        }
        if (reviewsPerDay < 1 || reviewsPerDay > 5000) {
            problems.put(Setting.REVIEWS_PER_DAY, "Reviews per day must be between 1 and 5,000.");
        }
        if (dayStartsHour < 0 || dayStartsHour > 23) {
            problems.put(Setting.DAY_STARTS_HOUR, "The day starts at an hour from 0 to 23.");
        }
        return problems;
    }

    /** The study day (see {@link StudyDay}) holding {@code at}. */
    public java.time.LocalDate studyDay(java.time.Instant at) {
        return StudyDay.date(at, timeZone, dayStartsHour);
    }

    /** When the study day named {@code day} begins. */
    public java.time.Instant dayStart(java.time.LocalDate day) {
        return StudyDay.startOf(day, timeZone, dayStartsHour);
    }

    FsrsParameters fsrs(boolean fuzz) {
        return FsrsParameters.withRetention(desiredRetention, maximumInterval, fuzz);
    }
}
