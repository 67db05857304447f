package org.footnote.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** One learner's statistics, aggregated in the database with portable SQL (H2 and PostgreSQL). */
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

    /** Every active day, oldest first (UTC days). */
    List<Day> days(long userId) {
        Map<LocalDate, int[]> byDay = new HashMap<>();
        jdbc.query("select cast(i.answered_at as date), count(*), sum(case when i.correct then 1 else 0 end) "
                + "from attempt_item i join quiz_attempt a on a.id = i.attempt_id "
                + "where a.user_id = ? and i.answered_at is not null group by cast(i.answered_at as date)", rs -> {
                    int[] d = byDay.computeIfAbsent(rs.getDate(1).toLocalDate(), k -> new int[4]);
                    d[0] = rs.getInt(2);
                    d[1] = rs.getInt(3);
                }, userId);
        jdbc.query("select cast(reviewed_at as date), count(*), sum(case when rating > 1 then 1 else 0 end) "
                + "from review_log where user_id = ? group by cast(reviewed_at as date)", rs -> {
                    int[] d = byDay.computeIfAbsent(rs.getDate(1).toLocalDate(), k -> new int[4]);
                    d[2] = rs.getInt(2);
                    d[3] = rs.getInt(3);
                }, userId);
        List<Day> out = new ArrayList<>();
        byDay.forEach((day, d) -> out.add(new Day(day, d[0], d[1], d[2], d[3])));
        out.sort(java.util.Comparator.comparing(Day::day));
        return out;
    }

    List<Accuracy> accuracy(long userId) {
        return jdbc.query("select q.document_id, q.kind, count(*), sum(case when i.correct then 1 else 0 end) "
                + "from attempt_item i join quiz_attempt a on a.id = i.attempt_id join question q on q.id = i.question_id "
                + "where a.user_id = ? and i.answered_at is not null group by q.document_id, q.kind",
                (rs, n) -> new Accuracy(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)), userId);
    }

    /** Cards coming due per day until {@code until}, and those already due (on the first day). */
    Map<LocalDate, Integer> dueByDay(long userId, Instant until) {
        Map<LocalDate, Integer> out = new HashMap<>();
        jdbc.query("select cast(due as date), count(*) from card where user_id = ? and due < ? group by cast(due as date)",
                rs -> {
                    out.put(rs.getDate(1).toLocalDate(), rs.getInt(2));
                }, userId, Timestamp.from(until));
        return out;
    }

    /** Reviews of mature cards (21 days or more since the last review) per day: (reviews, recalled). */
    Map<LocalDate, int[]> matureReviews(long userId) {
        Map<LocalDate, int[]> out = new HashMap<>();
        jdbc.query("select cast(reviewed_at as date), count(*), sum(case when rating > 1 then 1 else 0 end) "
                + "from review_log where user_id = ? and elapsed_days >= 21 group by cast(reviewed_at as date)", rs -> {
                    out.put(rs.getDate(1).toLocalDate(), new int[] {rs.getInt(2), rs.getInt(3)});
                }, userId);
        return out;
    }

    /** Per question: whether the latest quiz answer was right. */
    Map<String, Boolean> lastAnswerRight(long userId) {
        Map<String, Boolean> out = new HashMap<>();
        jdbc.query("select i.question_id, i.correct from attempt_item i join quiz_attempt a on a.id = i.attempt_id "
                + "join (select i2.question_id as qid, max(i2.answered_at) as last_at from attempt_item i2 "
                + "join quiz_attempt a2 on a2.id = i2.attempt_id where a2.user_id = ? and i2.answered_at is not null "
                + "group by i2.question_id) l on l.qid = i.question_id and l.last_at = i.answered_at where a.user_id = ?",
                rs -> {
                    out.put(rs.getString(1), rs.getBoolean(2));
                }, userId, userId);
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
