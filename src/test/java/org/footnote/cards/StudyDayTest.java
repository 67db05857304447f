package org.footnote.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class StudyDayTest {

    private static final ZoneId DUSHANBE = ZoneId.of("Asia/Dushanbe"); // UTC+5

    @Test
    void afterTheRollOverHourTheDayBeganThatMorning() {
        // 10:00 in Dushanbe, day starts at 04:00 local = 23:00 UTC the evening before.
        assertThat(StudyDay.start(Instant.parse("2026-11-23T05:00:00Z"), DUSHANBE, 4))
                .isEqualTo(Instant.parse("2026-11-22T23:00:00Z"));
    }

    @Test
    void beforeTheRollOverHourItIsStillYesterday() {
        // 02:00 in Dushanbe: the study day began at 04:00 the previous local day.
        assertThat(StudyDay.start(Instant.parse("2026-11-22T21:00:00Z"), DUSHANBE, 4))
                .isEqualTo(Instant.parse("2026-11-21T23:00:00Z"));
    }

    @Test
    void midnightRollOverInUtc() {
        assertThat(StudyDay.start(Instant.parse("2026-11-23T00:00:00Z"), ZoneId.of("UTC"), 0))
                .isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void aMomentBeforeTheRollOverBelongsToThePreviousDate() {
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        // 02:30 on 24 Nov in Los Angeles (10:30 UTC): still the study day of 23 Nov.
        assertThat(StudyDay.date(Instant.parse("2026-11-24T10:30:00Z"), losAngeles, 4)).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        // 23:30 on 23 Nov there is already 24 Nov in UTC, but the study day of 23 Nov.
        assertThat(StudyDay.date(Instant.parse("2026-11-24T07:30:00Z"), losAngeles, 4)).isEqualTo(java.time.LocalDate.of(2026, 11, 23));
        // 04:30: a new day.
        assertThat(StudyDay.date(Instant.parse("2026-11-24T12:30:00Z"), losAngeles, 4)).isEqualTo(java.time.LocalDate.of(2026, 11, 24));
        assertThat(StudyDay.startOf(java.time.LocalDate.of(2026, 11, 24), losAngeles, 4)).isEqualTo(Instant.parse("2026-11-24T12:00:00Z"));
    }
}
