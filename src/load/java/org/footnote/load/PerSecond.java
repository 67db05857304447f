package org.footnote.load;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Events counted by the second they happened in: their mean rate, and the rate in the busiest window. */
final class PerSecond {

    private final Map<Long, LongAdder> counts = new ConcurrentHashMap<>();

    void mark() {
        counts.computeIfAbsent(System.currentTimeMillis() / 1000, s -> new LongAdder()).increment();
    }

    /** "12.3 on average over 900 s, 45.6 in the busiest 60 s", or null before any event. */
    String describe(int windowSeconds) {
        var seconds = new TreeMap<>(counts);
        if (seconds.isEmpty()) {
            return null;
        }
        long first = seconds.firstKey();
        long last = seconds.lastKey();
        long total = seconds.values().stream().mapToLong(LongAdder::sum).sum();
        long busiest = 0;
        for (long start = first; start <= last; start++) {
            long window = 0;
            for (long s = start; s < start + windowSeconds; s++) {
                LongAdder n = seconds.get(s);
                window += n == null ? 0 : n.sum();
            }
            busiest = Math.max(busiest, window);
        }
        return String.format("%.1f on average over %d s, %.1f in the busiest %d s", total / (double) (last - first + 1),
                last - first + 1, busiest / (double) windowSeconds, windowSeconds);
    }
}
