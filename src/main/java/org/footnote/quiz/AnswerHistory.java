package org.footnote.quiz;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One learner's quiz answers per question, for other modules' read models (Mistakes): aggregated in
 * the database over this module's {@code attempt_item} and {@code quiz_attempt}. Answers of an
 * assigned quiz count once the student may see them ({@code fed_at}), never while the test runs.
 */
@Component
public class AnswerHistory {

    /** Wrong answers to one question (how many, the latest and what it said) and the latest right one. */
    public record QuestionAnswers(int wrong, Instant lastWrong, String lastWrongAnswer, Instant lastRight) {
    }

    private static final String FED = "from attempt_item i join quiz_attempt a on a.id = i.attempt_id "
            + "where a.user_id = ? and a.fed_at is not null and i.answered_at is not null";

    private final JdbcTemplate jdbc;

    AnswerHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per question the learner has answered. */
    @Transactional(readOnly = true)
    public Map<String, QuestionAnswers> byQuestion(long userId) {
        Map<String, QuestionAnswers> out = new HashMap<>();
        jdbc.query("select i.question_id, sum(case when i.correct = false then 1 else 0 end), "
                + "max(case when i.correct = false then i.answered_at end), max(case when i.correct = true then i.answered_at end) "
                + FED + " group by i.question_id", rs -> {
                    out.put(rs.getString(1), new QuestionAnswers(rs.getInt(2), instant(rs.getTimestamp(3)), null,
                            instant(rs.getTimestamp(4))));
                }, userId);
        jdbc.query("select i.question_id, i.given_answer " + FED + " and i.correct = false order by i.answered_at", rs -> {
            String answer = rs.getString(2);
            out.computeIfPresent(rs.getString(1), (id, a) -> new QuestionAnswers(a.wrong(), a.lastWrong(), answer, a.lastRight()));
        }, userId);
        return out;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
