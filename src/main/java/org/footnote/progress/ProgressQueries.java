package org.footnote.progress;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One learner's statistics, read from the rollups that {@link ActivityRecorder} keeps (daily_activity,
 * question_stats) and from their cards; portable SQL (H2 and PostgreSQL).
 */
@Repository
class ProgressQueries {

    /** Per day: quiz answers and how many right; flashcard reviews and how many recalled. */
    record Day(LocalDate day, int answers, int right, int reviews, int recalled) {
        int activity() {
            return answers + reviews;
        }
    }

    /** Quiz answers of one document and kind. */
    record Accuracy(String documentId, String kind, int answers, int right) {
    }

    private final JdbcTemplate jdbc;

    ProgressQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every active day, oldest first (UTC days), from the daily rollup. */
    List<Day> days(long userId) {
        return jdbc.query("select activity_day, answers, answers_right, reviews, reviews_recalled from daily_activity "
                + "where user_id = ? order by activity_day", (rs, n) -> new Day(rs.getDate(1).toLocalDate(), rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5)), userId);
    }

    List<Accuracy> accuracy(long userId) {
        return jdbc.query("select q.document_id, q.kind, sum(s.answers), sum(s.answers_right) from question_stats s "
                + "join question q on q.id = s.question_id where s.user_id = ? group by q.document_id, q.kind",
                (rs, n) -> new Accuracy(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), userId);
    }

    /** Reviews of mature cards (21 days or more since the last review) per day: (reviews, recalled). */
    Map<LocalDate, int[]> matureReviews(long userId) {
        Map<LocalDate, int[]> out = new HashMap<>();
        jdbc.query("select activity_day, mature_reviews, mature_recalled from daily_activity where user_id = ? and mature_reviews > 0",
                rs -> {
                    out.put(rs.getDate(1).toLocalDate(), new int[] {rs.getInt(2), rs.getInt(3)});
                }, userId);
        return out;
    }

    /** Per question: whether the latest quiz answer was right. */
    Map<String, Boolean> lastAnswerRight(long userId) {
        Map<String, Boolean> out = new HashMap<>();
        jdbc.query("select question_id, last_correct from question_stats where user_id = ?", rs -> {
            out.put(rs.getString(1), rs.getBoolean(2));
        }, userId);
        return out;
    }

    /** Per question with a card: its stability in days. */
    Map<String, Double> stability(long userId) {
        Map<String, Double> out = new HashMap<>();
        jdbc.query("select question_id, stability from card where user_id = ? and stability is not null", rs -> {
            out.put(rs.getString(1), rs.getDouble(2));
        }, userId);
        return out;
    }
}
