package org.footnote.cards.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * FSRS-6 settings: the 21 model weights, the retention the learner wants, the longest interval,
 * learning and relearning steps, and whether intervals get a little random fuzz.
 */
public record FsrsParameters(double[] w, double desiredRetention, int maximumInterval, List<Duration> learningSteps,
                             List<Duration> relearningSteps, boolean fuzz) {

    /** The FSRS-6 default weights (as published by open-spaced-repetition). */
    public static final double[] DEFAULT_WEIGHTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };
    private static final double[] LOWER = {
        0.001, 0.001, 0.001, 0.001, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001,
        0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.1,
    };
    private static final double[] UPPER = {
        100.0, 100.0, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5,
        5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    };
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.97;

    public FsrsParameters {
        if (w.length != 21) {
            throw new IllegalArgumentException("FSRS-6 has 21 parameters, not " + w.length);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            if (w[i] < LOWER[i] || w[i] > UPPER[i]) {
                out.add("w[" + i + "] = " + w[i] + " is outside [" + LOWER[i] + ", " + UPPER[i] + "]");
            }
        }
        if (!out.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", out));
        }
        if (desiredRetention <= 0 || desiredRetention >= 1) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1");
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval is at least one day");
        }
        w = w.clone();
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
    }

    /** Defaults: FSRS-6 weights, 90% retention, 36,500 days at most, steps of 1 and 10 minutes, relearning 10 minutes. */
    public static FsrsParameters defaults(boolean fuzz) {
        return withRetention(0.9, 36_500, fuzz);
    }

    public static FsrsParameters withRetention(double desiredRetention, int maximumInterval, boolean fuzz) {
        return new FsrsParameters(DEFAULT_WEIGHTS, desiredRetention, maximumInterval,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), fuzz);
    }

    @Override
    public double[] w() {
        return w.clone();
    }
}
