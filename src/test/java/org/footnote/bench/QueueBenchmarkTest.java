package org.footnote.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.cards.ReviewService;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Building the daily queue for a learner with 50,000 cards and 1,000,000 logged reviews in H2.
 * Run with {@code mvn -Pbenchmark test}; writes target/benchmarks/queue.md.
 */
@Tag("benchmark")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:bench-queue;DB_CLOSE_DELAY=-1")
class QueueBenchmarkTest extends KaribuTest {

    static final int CARDS = 50_000;
    static final int REVIEWS_PER_CARD = 20;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReviewService reviews;
    @Autowired
    AccountService accountService;

    @Test
    void queueBuildFor50kCardsAnd1mReviews() throws Exception {
        AppUser learner = newStudent();
        long seedStart = System.nanoTime();
        seed(learner.getId(), new Random(1));
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        login(learner);

        // The same join the repository's findDue runs.
        String plan = jdbc.queryForObject("explain select c.question_id, c.stability, c.last_review from card c, question q "
                + "where c.user_id = ? and c.due <= ? and q.id = c.question_id and q.status = 'ACTIVE'", String.class,
                learner.getId(), Timestamp.from(Instant.now()));
        assertThat(plan).containsIgnoringCase("IX_CARD_USER_DUE");
        int due = reviews.counts().due();
        long dueUncapped = jdbc.queryForObject("select count(*) from card where user_id = ? and due <= ?", Long.class,
                learner.getId(), Timestamp.from(Instant.now()));

        double[] next = Benchmarks.time(5, 30, reviews::next);
        double[] counts = Benchmarks.time(5, 30, reviews::counts);
        Benchmarks.report("queue", String.join("\n",
                "# Daily queue build: " + CARDS + " cards, " + (CARDS * REVIEWS_PER_CARD) + " review logs (H2, in memory)",
                "",
                "Seeded in " + String.format("%.1f", seedSeconds) + " s; " + dueUncapped + " cards due now, " + due
                        + " of them within today's review limit.",
                "",
                "| operation | runs | p50 ms | p95 ms | max ms |",
                "| --- | ---: | ---: | ---: | ---: |",
                Benchmarks.line("next card (ReviewService.next)", next),
                Benchmarks.line("queue counts (ReviewService.counts)", counts),
                "",
                "Plan of the due-card query: `" + plan.replaceAll("\\s+", " ") + "`",
                ""));
    }

    private void seed(Long userId, Random random) {
        jdbc.update("insert into source_document (id, title, author, publisher, published, body, updated_at) "
                + "values ('bench-doc', 'Bench', 'Bench', 'Bench', '2020', 'Text.', ?)", Timestamp.from(Instant.now()));
        List<Object[]> questions = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            questions.add(new Object[] {"bench-q-" + i});
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into question (id, document_id, kind, format, prompt, answer, accept_json, "
                + "distractors_json, items_json, difficulty, tags_json, quote, status, origin, content_hash, created_at, "
                + "updated_at) values (?, 'bench-doc', 'DATE', 'SHORT_ANSWER', 'Prompt?', '1997', '[]', '[]', '[]', 1, "
                + "'[]', 'Text.', 'ACTIVE', 'BANK_FILE', 'x', " + "current_timestamp, current_timestamp)", questions);
        Instant today = Instant.now();
        List<Object[]> cards = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            // A learner some months in: most cards in review, about a tenth of them due today.
            double stability = 1 + random.nextDouble() * 300;
            Instant last = today.minus(Duration.ofHours(24 + random.nextInt(24 * 30)));
            Instant dueAt = last.plus(Duration.ofHours((long) (stability * 24)));
            cards.add(new Object[] {userId, "bench-q-" + i, stability, 3 + random.nextDouble() * 6, Timestamp.from(dueAt),
                    Timestamp.from(last)});
        }
        jdbc.batchUpdate("insert into card (user_id, question_id, state, step, stability, difficulty, due, last_review, "
                + "reps, lapses) values (?, ?, 'REVIEW', null, ?, ?, ?, ?, 20, 1)", cards);
        List<Long> cardIds = jdbc.queryForList("select id from card where user_id = ?", Long.class, userId);
        List<Object[]> logs = new ArrayList<>(10_000);
        for (Long cardId : cardIds) {
            for (int r = 0; r < REVIEWS_PER_CARD; r++) {
                logs.add(new Object[] {cardId, userId, "bench-q", Timestamp.from(today.minus(Duration.ofHours(
                        24 + random.nextInt(24 * 365)))), 1 + random.nextInt(4), 4.0, 0.5, 10.0, 5.0});
            }
            if (logs.size() >= 10_000) {
                insertLogs(logs);
            }
        }
        insertLogs(logs);
    }

    private void insertLogs(List<Object[]> logs) {
        jdbc.batchUpdate("insert into review_log (card_id, user_id, question_id, reviewed_at, rating, state_before, "
                + "elapsed_days, scheduled_days, stability_after, difficulty_after, duration_ms) "
                + "values (?, ?, ?, ?, ?, 'REVIEW', ?, ?, ?, ?, 4000)", logs);
        logs.clear();
    }
}
