package org.footnote.cards;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The learner's day: it begins at their roll-over hour in their time zone, so a review at 02:00
 * with a day starting at 04:00 belongs to the day before. The one definition of "day" for cards,
 * streaks, activity and "today".
 */
public final class StudyDay {

    private StudyDay() {
    }

    /** When the study day holding {@code now} began: the last time the clock passed the roll-over hour. */
    public static Instant start(Instant now, ZoneId zone, int dayStartsHour) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime todayStart = local.toLocalDate().atTime(dayStartsHour, 0).atZone(zone);
        return (todayStart.isAfter(local) ? todayStart.minusDays(1) : todayStart).toInstant();
    }

    /** The calendar date that names the study day holding {@code at}. */
    public static LocalDate date(Instant at, ZoneId zone, int dayStartsHour) {
        return start(at, zone, dayStartsHour).atZone(zone).toLocalDate();
    }

    /** When the study day named {@code day} begins. */
    public static Instant startOf(LocalDate day, ZoneId zone, int dayStartsHour) {
        return day.atTime(dayStartsHour, 0).atZone(zone).toInstant();
    }
}
