package db.migration;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.footnote.cards.StudyDay;
import org.footnote.cards.StudySettings;

/**
 * The daily rollup counted UTC days; it now counts each learner's study day (their time zone and
 * roll-over hour, the defaults for those who never saved settings), as their cards do. Rebuilt from
 * the records, in Java since SQL has no portable way to apply a named time zone.
 */
public class V15_1__activity_by_study_day extends BaseJavaMigration {

    /** The defaults in the application's zone (its clock is UTC). */
    private static final StudySettings DEFAULTS = StudySettings.defaults(ZoneOffset.UTC);
    private static final double MATURE_DAYS = 21;

    private record Calendar(ZoneId zone, int hour) {
        LocalDate day(OffsetDateTime at) {
            return StudyDay.date(at.toInstant(), zone, hour);
        }
    }

    private record Key(long userId, LocalDate day) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        Map<Long, Calendar> calendars = new HashMap<>();
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select user_id, time_zone, day_starts_hour from learner_settings")) {
            while (rs.next()) {
                calendars.put(rs.getLong(1), new Calendar(ZoneId.of(rs.getString(2)), rs.getInt(3)));
            }
        }
        Calendar byDefault = new Calendar(DEFAULTS.timeZone(), DEFAULTS.dayStartsHour());
        // answers, right, reviews, recalled, mature reviews, mature recalled
        Map<Key, int[]> days = new TreeMap<>((a, b) -> a.userId() != b.userId() ? Long.compare(a.userId(), b.userId())
                : a.day().compareTo(b.day()));
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select a.user_id, i.answered_at, i.correct from attempt_item i "
                     + "join quiz_attempt a on a.id = i.attempt_id where i.answered_at is not null and a.fed_at is not null")) {
            while (rs.next()) {
                long user = rs.getLong(1);
                int[] d = days.computeIfAbsent(new Key(user, calendars.getOrDefault(user, byDefault)
                        .day(rs.getObject(2, OffsetDateTime.class))), k -> new int[6]);
                d[0]++;
                d[1] += rs.getBoolean(3) ? 1 : 0;
            }
        }
        try (Statement s = db.createStatement();
             ResultSet rs = s.executeQuery("select user_id, reviewed_at, rating, elapsed_days from review_log")) {
            while (rs.next()) {
                long user = rs.getLong(1);
                int[] d = days.computeIfAbsent(new Key(user, calendars.getOrDefault(user, byDefault)
                        .day(rs.getObject(2, OffsetDateTime.class))), k -> new int[6]);
                boolean recalled = rs.getInt(3) > 1;
                boolean mature = rs.getDouble(4) >= MATURE_DAYS;
                d[2]++;
                d[3] += recalled ? 1 : 0;
                d[4] += mature ? 1 : 0;
                d[5] += mature && recalled ? 1 : 0;
            }
        }
        try (Statement s = db.createStatement()) {
            s.executeUpdate("delete from daily_activity");
        }
        try (PreparedStatement insert = db.prepareStatement("insert into daily_activity (user_id, activity_day, answers, "
                + "answers_right, reviews, reviews_recalled, mature_reviews, mature_recalled) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int batched = 0;
            for (var e : days.entrySet()) {
                insert.setLong(1, e.getKey().userId());
                insert.setDate(2, Date.valueOf(e.getKey().day()));
                for (int i = 0; i < 6; i++) {
                    insert.setInt(3 + i, e.getValue()[i]);
                }
                insert.addBatch();
                if (++batched % 1000 == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }
}
