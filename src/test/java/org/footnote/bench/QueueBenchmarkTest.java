package org.footnote.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import java.util.concurrent.atomic.AtomicReference;
import org.footnote.cards.ReviewCard;
import org.footnote.cards.ReviewService;
import org.footnote.cards.fsrs.Rating;
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
        var data = new BenchData(jdbc);
        data.questions(CARDS);
        data.cardsAndReviews(learner.getId(), CARDS, REVIEWS_PER_CARD);
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        login(learner);

        // The query the repository's findDue runs: from the index alone.
        String plan = jdbc.queryForObject("explain select c.question_id, c.state, c.stability, c.due, c.last_review from card c "
                + "where c.user_id = ? and c.due <= ? and c.question_id not in "
                + "(select q.id from question q where q.status in ('RETIRED', 'DRAFT'))", String.class,
                learner.getId(), Timestamp.from(Instant.now()));
        assertThat(plan).containsIgnoringCase("IX_CARD_QUEUE");
        int due = reviews.counts().due();
        long dueUncapped = jdbc.queryForObject("select count(*) from card where user_id = ? and due <= ?", Long.class,
                learner.getId(), Timestamp.from(Instant.now()));

        // Both warmed up before either is timed: on a busy machine the JIT lags, and the first timed would pay for it.
        Benchmarks.time(100, 1, () -> List.of(reviews.next(), reviews.counts()));
        double[] next = Benchmarks.time(20, 100, reviews::next);
        double[] counts = Benchmarks.time(20, 100, reviews::counts);
        // As a learner studies: each rating changes the tables, so no query result can be reused.
        var shown = new AtomicReference<ReviewCard>();
        double[] rate = Benchmarks.time(20, 60, () -> shown.set(reviews.next().orElseThrow()),
                () -> reviews.rate(shown.get(), Rating.GOOD, 4000));
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
                Benchmarks.line("rating the card shown, which returns the next (ReviewService.rate)", rate),
                "",
                "Plan of the due-card query: `" + plan.replaceAll("\\s+", " ") + "`",
                ""));
    }
}
