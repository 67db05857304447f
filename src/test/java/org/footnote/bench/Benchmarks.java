package org.footnote.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** Timing helpers for the benchmarks: warm up, time repeated runs, report percentiles to a file. */
final class Benchmarks {

    static final Path REPORTS = Path.of("target/benchmarks");

    private Benchmarks() {
    }

    /** Milliseconds per run of {@code work}, sorted, after {@code warmUp} untimed runs. */
    static double[] time(int warmUp, int runs, Supplier<?> work) {
        return time(warmUp, runs, () -> { }, work);
    }

    /** As {@link #time(int, int, Supplier)}, with {@code setUp} run untimed before each run. */
    static double[] time(int warmUp, int runs, Runnable setUp, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            setUp.run();
            work.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            setUp.run();
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }

    static String line(String what, double[] ms) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |", what, ms.length, percentile(ms, 50),
                percentile(ms, 95), ms[ms.length - 1]);
    }

    static void report(String name, String text) throws IOException {
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve(name + ".md"), text);
        System.out.println(text);
    }
}
