package org.footnote.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a learner was shown as saved is saved: the application runs as a process of its own on a
 * file database ({@link CrashHarness}), answering and rating through the real services, and is
 * killed with SIGKILL right after a random confirmed answer or rating, again and again. Then every
 * confirmed answer and review must be in the database, and nothing half-saved: each answered item
 * is graded, each rollup agrees with the records it counts, each card's repetitions with its log.
 * Rounds: {@code -Dfootnote.crash.rounds} (3 in {@code mvn verify}; {@code mvn -Pcrash verify} runs 50).
 */
class CrashIT {

    @TempDir
    Path dataDir;

    private final Random random = new Random();
    private final List<String[]> answers = new ArrayList<>();
    private final Map<String, Integer> reviews = new HashMap<>();

    @Test
    void nothingConfirmedIsLostToAKill() throws Exception {
        int rounds = Integer.getInteger("footnote.crash.rounds", 3);
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            runAndKill(1 + random.nextInt(12));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("footnote"), "sa", "")) {
            for (String[] a : answers) {
                try (var s = db.prepareStatement("select given_answer, correct, score from attempt_item "
                        + "where attempt_id = ? and position = ? and answered_at is not null")) {
                    s.setLong(1, Long.parseLong(a[1]));
                    s.setInt(2, Integer.parseInt(a[2]));
                    try (var rs = s.executeQuery()) {
                        assertThat(rs.next()).as("confirmed answer %s/%s", a[1], a[2]).isTrue();
                        assertThat(rs.getObject(2)).as("answer graded").isNotNull();
                        assertThat(rs.getObject(3)).as("answer scored").isNotNull();
                    }
                }
            }
            for (var e : reviews.entrySet()) {
                assertThat(count(db, "select count(*) from review_log r join app_user u on u.id = r.user_id "
                        + "where u.username = '" + CrashHarness.STUDENT + "' and r.question_id = '" + e.getKey() + "'"))
                        .as("confirmed reviews of %s", e.getKey()).isGreaterThanOrEqualTo(e.getValue());
            }
            assertThat(count(db, "select count(*) from card c where c.reps <> (select count(*) from review_log r "
                    + "where r.card_id = c.id)")).as("cards whose repetitions disagree with their log").isZero();
            assertThat(count(db, "select coalesce(sum(answers), 0) from daily_activity"))
                    .as("answers counted in the rollups").isEqualTo(count(db, "select count(*) from attempt_item "
                            + "where answered_at is not null"));
            assertThat(count(db, "select coalesce(sum(reviews), 0) from daily_activity"))
                    .as("reviews counted in the rollups").isEqualTo(count(db, "select count(*) from review_log"));
        }
        System.out.printf("Crash test: %d kills in %.0f s, %d confirmed answers and %d confirmed reviews, none lost%n",
                rounds, seconds, answers.size(), reviews.values().stream().mapToInt(Integer::intValue).sum());
    }

    /** Starts the harness, waits for {@code confirmations} confirmed writes, and kills it at once. */
    private void runAndKill(int confirmations) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        // C1 only: the harness starts in about 10 s instead of 14, and is killed long before C2 would pay off.
        Process harness = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashHarness.class.getName(), dataDir.toString()).redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(harness.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int seen = 0;
            boolean ready = false;
            var tail = new java.util.ArrayDeque<String>();
            while ((line = out.readLine()) != null) {
                tail.addLast(line);
                if (tail.size() > 40) {
                    tail.removeFirst();
                }
                if (line.equals(CrashHarness.READY)) {
                    ready = true;
                    continue;
                }
                String[] parts = line.split(" ");
                if (ready && parts[0].equals("ANSWER")) {
                    answers.add(parts);
                } else if (ready && parts[0].equals("REVIEW")) {
                    reviews.merge(parts[1], 1, Integer::sum);
                } else {
                    continue;
                }
                if (++seen == confirmations) {
                    harness.destroyForcibly(); // SIGKILL, right after the confirmation
                    break;
                }
            }
            assertThat(ready).as("the harness started; its output ended with:%n%s", String.join("\n", tail)).isTrue();
        } finally {
            harness.destroyForcibly();
            harness.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (var s = db.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
