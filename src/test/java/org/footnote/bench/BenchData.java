package org.footnote.bench;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/** Seeds a benchmark database straight through JDBC: a bank, one learner's cards, reviews and answers. */
final class BenchData {

    private final JdbcTemplate jdbc;
    private final Random random = new Random(1);
    private final Instant today = Instant.now();

    BenchData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code questions} active questions in one document. */
    void questions(int questions) {
        jdbc.update("insert into source_document (id, title, author, publisher, published, body, updated_at) "
                + "values ('bench-doc', 'Bench', 'Bench', 'Bench', '2020', 'Text.', ?)", Timestamp.from(today));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            rows.add(new Object[] {"bench-q-" + i, KINDS[i % KINDS.length]});
        }
        jdbc.batchUpdate("insert into question (id, document_id, kind, format, prompt, answer, accept_json, "
                + "distractors_json, items_json, difficulty, tags_json, quote, status, origin, content_hash, created_at, "
                + "updated_at) values (?, 'bench-doc', ?, 'SHORT_ANSWER', 'Prompt?', '1997', '[]', '[]', '[]', 1, "
                + "'[]', 'Text.', 'ACTIVE', 'BANK_FILE', 'x', current_timestamp, current_timestamp)", rows);
    }

    private static final String[] KINDS = {"DATE", "ACTOR", "CAUSE", "FIGURE", "PLACE", "TERM"};

    /** One card per question for the learner, a month or so into reviewing, with {@code reviewsPerCard} logged reviews each. */
    void cardsAndReviews(Long userId, int cards, int reviewsPerCard) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < cards; i++) {
            double stability = 1 + random.nextDouble() * 300;
            Instant last = today.minus(Duration.ofHours(24 + random.nextInt(24 * 30)));
            Instant dueAt = last.plus(Duration.ofHours((long) (stability * 24)));
            rows.add(new Object[] {userId, "bench-q-" + i, stability, 3 + random.nextDouble() * 6, Timestamp.from(dueAt),
                    Timestamp.from(last)});
        }
        jdbc.batchUpdate("insert into card (user_id, question_id, state, step, stability, difficulty, due, last_review, "
                + "reps, lapses) values (?, ?, 'REVIEW', null, ?, ?, ?, ?, 20, 1)", rows);
        List<Object[]> logs = new ArrayList<>(10_000);
        var ids = jdbc.queryForList("select id, question_id from card where user_id = ?", userId);
        for (var card : ids) {
            for (int r = 0; r < reviewsPerCard; r++) {
                logs.add(new Object[] {card.get("ID"), userId, card.get("QUESTION_ID"), Timestamp.from(today.minus(
                        Duration.ofHours(24 + random.nextInt(24 * 365)))), 1 + random.nextInt(4), random.nextInt(60) * 1.0,
                        0.5, 10.0, 5.0});
            }
            if (logs.size() >= 10_000) {
                flushLogs(logs);
            }
        }
        flushLogs(logs);
    }

    /** {@code answers} quiz answers in attempts of 50, about 70% right, over the past year. */
    void answers(Long userId, int answers, int questions) {
        List<Object[]> items = new ArrayList<>(10_000);
        for (int a = 0; a < answers / 50; a++) {
            Instant started = today.minus(Duration.ofHours(24 + random.nextInt(24 * 365)));
            long attempt = 1_000_000L + a; // explicit ids, clear of the identity sequence
            jdbc.update("insert into quiz_attempt (id, user_id, mode, settings_json, status, started_at, fed_at) "
                    + "values (?, ?, 'PRACTICE', '{}', 'FINISHED', ?, ?)", attempt, userId, Timestamp.from(started),
                    Timestamp.from(started));
            for (int p = 0; p < 50; p++) {
                boolean right = random.nextInt(10) < 7;
                items.add(new Object[] {attempt, p, "bench-q-" + random.nextInt(questions), right ? "1997" : "1998", right,
                        right ? 1.0 : 0.0, Timestamp.from(started.plusSeconds(30L * p))});
            }
            if (items.size() >= 10_000) {
                flushItems(items);
            }
        }
        flushItems(items);
    }

    /** Fills the Progress rollups from the seeded rows, as migration V5 does for existing data. */
    void rollUp() throws java.io.IOException {
        String v5 = new String(BenchData.class.getResourceAsStream("/db/migration/V5__progress_rollups.sql").readAllBytes());
        for (String statement : v5.substring(v5.indexOf("insert into daily_activity")).split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
    }

    private void flushLogs(List<Object[]> logs) {
        jdbc.batchUpdate("insert into review_log (card_id, user_id, question_id, reviewed_at, rating, state_before, "
                + "elapsed_days, scheduled_days, stability_after, difficulty_after, duration_ms) "
                + "values (?, ?, ?, ?, ?, 'REVIEW', ?, ?, ?, ?, 4000)", logs);
        logs.clear();
    }

    private void flushItems(List<Object[]> items) {
        jdbc.batchUpdate("insert into attempt_item (attempt_id, position, question_id, options_json, given_answer, correct, "
                + "score, near_miss, answered_at, time_taken_ms) values (?, ?, ?, '[]', ?, ?, ?, false, ?, 8000)", items);
        items.clear();
    }
}
