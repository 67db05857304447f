package org.footnote.progress;

import java.time.LocalDate;
import java.util.Set;

/**
 * Streaks over qualifying days (days with enough activity). Plain Java. The current streak ends
 * today, or yesterday while today does not qualify yet (it is still alive until the day ends).
 */
final class Streaks {

    private Streaks() {
    }

    static int current(Set<LocalDate> qualifying, LocalDate today) {
        LocalDate day = qualifying.contains(today) ? today : today.minusDays(1);
        int streak = 0;
        while (qualifying.contains(day)) {
            streak++;
            day = day.minusDays(1);
        }
        return streak;
    }

    static int longest(Set<LocalDate> qualifying) {
        int best = 0;
        for (LocalDate day : qualifying) {
            if (!qualifying.contains(day.minusDays(1))) {
                int run = 0;
                while (qualifying.contains(day.plusDays(run))) {
                    run++;
                }
                best = Math.max(best, run);
            }
        }
        return best;
    }
}
