package org.footnote.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreaksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void aStreakRunsBackFromToday() {
        assertThat(Streaks.current(Set.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(4)), TODAY)).isEqualTo(3);
    }

    @Test
    void todayNotDoneYetKeepsYesterdaysStreakAlive() {
        assertThat(Streaks.current(Set.of(TODAY.minusDays(1), TODAY.minusDays(2)), TODAY)).isEqualTo(2);
    }

    @Test
    void aMissedDayEndsIt() {
        assertThat(Streaks.current(Set.of(TODAY.minusDays(2), TODAY.minusDays(3)), TODAY)).isZero();
    }

    @Test
    void theLongestRunIsFoundAnywhere() {
        assertThat(Streaks.longest(Set.of(TODAY, TODAY.minusDays(10), TODAY.minusDays(11), TODAY.minusDays(12))))
                .isEqualTo(3);
        assertThat(Streaks.longest(Set.of())).isZero();
    }
}
