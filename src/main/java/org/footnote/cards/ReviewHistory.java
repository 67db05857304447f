package org.footnote.cards;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One learner's flashcard record per question, for other modules' read models (Mistakes, Progress):
 * aggregated in the database over this module's {@code review_log} and {@code card}.
 */
@Component
public class ReviewHistory {

    /** Lapses of one question's card (rated Again): how many and the latest; and the latest recall. */
    public record QuestionRatings(int lapses, Instant lastLapse, Instant lastRecall) {
    }

    private final JdbcTemplate jdbc;

    ReviewHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per question the learner has reviewed. */
    @Transactional(readOnly = true)
    public Map<String, QuestionRatings> byQuestion(long userId) {
        Map<String, QuestionRatings> out = new HashMap<>();
        jdbc.query("select question_id, sum(case when rating = 1 then 1 else 0 end), "
                + "max(case when rating = 1 then reviewed_at end), max(case when rating > 1 then reviewed_at end) "
                + "from review_log where user_id = ? group by question_id", rs -> {
                    out.put(rs.getString(1), new QuestionRatings(rs.getInt(2), instant(rs.getTimestamp(3)),
                            instant(rs.getTimestamp(4))));
                }, userId);
        return out;
    }

    /** Per question with a card that has been reviewed: its stability in days. */
    @Transactional(readOnly = true)
    public Map<String, Double> stabilities(long userId) {
        Map<String, Double> out = new HashMap<>();
        jdbc.query("select question_id, stability from card where user_id = ? and stability is not null", rs -> {
            out.put(rs.getString(1), rs.getDouble(2));
        }, userId);
        return out;
    }

    private static Instant instant(Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
