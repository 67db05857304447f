package org.footnote.progress;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V15_1__activity_by_study_day;
import java.sql.Connection;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.footnote.account.AppUser;
import org.footnote.cards.ReviewService;
import org.footnote.cards.StudySettings;
import org.footnote.cards.StudySettingsService;
import org.footnote.cards.fsrs.Rating;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rollup rows written on UTC days move to the learner's study day. */
class ActivityByStudyDayMigrationTest extends KaribuTest {

    @Test
    void flywayRunsItAtStartUp() {
        assertThat(context.getBean(JdbcTemplate.class).queryForObject(
                "select count(*) from \"flyway_schema_history\" where \"version\" = '15.1' and \"success\" = true", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void oldUtcDayRowsAreRebuiltOnTheLearnersStudyDay() throws Exception {
        AppUser student = newStudent();
        login(student);
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        context.getBean(StudySettingsService.class).save(new StudySettings(0.9, 36_500, 20, 200, 4, losAngeles, Set.of()));
        ZonedDateTime lateEvening = clock.instant().atZone(losAngeles).toLocalDate().plusDays(1).atTime(23, 30).atZone(losAngeles);
        clock.advance(Duration.between(clock.instant(), lateEvening.toInstant()));
        ReviewService reviews = context.getBean(ReviewService.class);
        for (int i = 0; i < 3; i++) {
            reviews.rate(reviews.next().orElseThrow(), Rating.GOOD, 500);
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        LocalDate utcDay = lateEvening.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        jdbc.update("update daily_activity set activity_day = ? where user_id = ?", Date.valueOf(utcDay), student.getId());

        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            new V15_1__activity_by_study_day().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(jdbc.queryForList("select activity_day, reviews from daily_activity where user_id = ?", student.getId()))
                .singleElement().satisfies(row -> {
                    assertThat(((Date) row.get("ACTIVITY_DAY")).toLocalDate()).isEqualTo(lateEvening.toLocalDate());
                    assertThat(((Number) row.get("REVIEWS")).intValue()).isEqualTo(3);
                });
    }
}
