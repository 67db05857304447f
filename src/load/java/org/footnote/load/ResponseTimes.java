package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;

import io.gatling.javaapi.core.CheckBuilder;
import java.io.PrintStream;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times by request name, and requests per second. Gatling computes its percentiles only
 * for the reports, which are off (their charts bundle is not open source), so the run keeps its own:
 * every request records its time through {@link #record}, and {@link LoadRun} prints the table.
 */
final class ResponseTimes {

    private static final int[] PERCENTILES = {50, 75, 95, 99};
    private static final Map<String, Queue<Integer>> BY_NAME = new ConcurrentHashMap<>();
    private static final PerSecond REQUESTS = new PerSecond();

    private ResponseTimes() {
    }

    /** A check that keeps the request's response time under its name; it never fails the request. */
    static CheckBuilder record(String name) {
        return responseTimeInMillis().validate("response time", (millis, session) -> {
            BY_NAME.computeIfAbsent(name, n -> new ConcurrentLinkedQueue<>()).add(millis);
            REQUESTS.mark();
            return millis;
        });
    }

    static void print(PrintStream out) {
        out.printf("%n%-40s %8s %7s %7s %7s %7s %8s%n", "Response times (ms)", "count", "p50", "p75", "p95", "p99", "max");
        int[] all = BY_NAME.values().stream().flatMap(Queue::stream).mapToInt(Integer::intValue).sorted().toArray();
        row(out, "all requests", all);
        new TreeMap<>(BY_NAME).forEach((name, times) ->
                row(out, name, times.stream().mapToInt(Integer::intValue).sorted().toArray()));
        throughput(out);
    }

    private static void row(PrintStream out, String name, int[] sorted) {
        if (sorted.length == 0) {
            return;
        }
        out.printf("%-40s %8d", name, sorted.length);
        for (int p : PERCENTILES) {
            out.printf(" %7d", sorted[(int) Math.ceil(p / 100.0 * sorted.length) - 1]);
        }
        out.printf(" %8d%n", sorted[sorted.length - 1]);
    }

    private static void throughput(PrintStream out) {
        String requests = REQUESTS.describe(10);
        if (requests != null) {
            out.println("Requests per second: " + requests);
        }
    }
}
