package org.footnote.cards;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When the learner's current study day began: the last time the clock passed their roll-over hour. */
public final class StudyDay {

    private StudyDay() {
    }

    public static Instant start(Instant now, ZoneId zone, int dayStartsHour) {
        ZonedDateTime local = now.atZone(zone);
        ZonedDateTime todayStart = local.toLocalDate().atTime(dayStartsHour, 0).atZone(zone);
        return (todayStart.isAfter(local) ? todayStart.minusDays(1) : todayStart).toInstant();
    }
}
