package org.footnote.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One learner's misses and right answers per question, from quiz answers and flashcard ratings,
 * aggregated in the database (portable SQL; served by the user indexes of both tables). Answers in an
 * assigned quiz count once the student may see them (fed_at), never while the test is running.
 */
@Repository
class MistakeQueries {

    /** Misses of one question: how many, the latest, and the latest wrong quiz answer (null if only lapses). */
    record Misses(int count, Instant last, String lastAnswer) {
    }

    private static final String ANSWERS = "select i.question_id, i.answered_at as at, i.correct, i.given_answer "
            + "from attempt_item i join quiz_attempt a on a.id = i.attempt_id where a.user_id = ? and a.fed_at is not null "
            + "and i.answered_at is not null";
    private static final String RATINGS = "select r.question_id, r.reviewed_at as at, "
            + "case when r.rating > 1 then true else false end, null from review_log r where r.user_id = ?";

    private final JdbcTemplate jdbc;

    MistakeQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per question: misses, newest first. */
    Map<String, Misses> misses(long userId) {
        Map<String, Misses> out = new LinkedHashMap<>();
        jdbc.query("select question_id, count(*), max(at) from (" + ANSWERS + " union all " + RATINGS + ") m "
                        + "where correct = false group by question_id order by max(at) desc",
                rs -> {
                    out.put(rs.getString(1), new Misses(rs.getInt(2), rs.getTimestamp(3).toInstant(), null));
                }, userId, userId);
        jdbc.query("select i.question_id, i.given_answer from attempt_item i join quiz_attempt a on a.id = i.attempt_id "
                + "where a.user_id = ? and a.fed_at is not null and i.correct = false order by i.answered_at", rs -> {
                    String answer = rs.getString(2);
                    out.computeIfPresent(rs.getString(1), (k, m) -> new Misses(m.count(), m.last(), answer));
                }, userId);
        return out;
    }

    /** Per question: when the learner last got it right (quiz answer right, or a card recalled). */
    Map<String, Instant> lastRight(long userId) {
        Map<String, Instant> out = new HashMap<>();
        jdbc.query("select question_id, max(at) from (" + ANSWERS + " union all " + RATINGS + ") m "
                + "where correct = true group by question_id", rs -> {
                    Timestamp at = rs.getTimestamp(2);
                    out.put(rs.getString(1), at.toInstant());
                }, userId, userId);
        return out;
    }
}
