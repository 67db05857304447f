package org.footnote.progress;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.QuestionRef;
import org.footnote.cards.ReviewHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One learner's statistics, read from the rollups that {@link ActivityRecorder} keeps (daily_activity,
 * question_stats), with the bank's facts about each question and the cards' stabilities through
 * their modules' APIs; portable SQL (H2 and PostgreSQL).
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
    private final QuestionCatalog catalog;
    private final ReviewHistory reviews;

    ProgressQueries(JdbcTemplate jdbc, QuestionCatalog catalog, ReviewHistory reviews) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.reviews = reviews;
    }

    /** Every active day, oldest first (UTC days), from the daily rollup. */
    List<Day> days(long userId) {
        return jdbc.query("select activity_day, answers, answers_right, reviews, reviews_recalled from daily_activity "
                + "where user_id = ? order by activity_day", (rs, n) -> new Day(rs.getDate(1).toLocalDate(), rs.getInt(2),
                rs.getInt(3), rs.getInt(4), rs.getInt(5)), userId);
    }

    /** Quiz answers per document and kind: this module's per-question rollup, grouped by the bank's facts. */
    List<Accuracy> accuracy(long userId) {
        Map<String, QuestionRef> questions = catalog.refs();
        Map<List<String>, int[]> sums = new LinkedHashMap<>();
        jdbc.query("select question_id, answers, answers_right from question_stats where user_id = ?", rs -> {
            QuestionRef q = questions.get(rs.getString(1));
            if (q != null) {
                int[] sum = sums.computeIfAbsent(Arrays.asList(q.documentId(), q.kind() == null ? null : q.kind().name()),
                        k -> new int[2]);
                sum[0] += rs.getInt(2);
                sum[1] += rs.getInt(3);
            }
        }, userId);
        return sums.entrySet().stream().map(e -> new Accuracy(e.getKey().get(0), e.getKey().get(1), e.getValue()[0],
                e.getValue()[1])).toList();
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

    /** Per question with a card: its stability in days (the cards module's). */
    Map<String, Double> stability(long userId) {
        return reviews.stabilities(userId);
    }
}
