package org.footnote.cards.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The FSRS-6 scheduler, written from the open-spaced-repetition reference implementations
 * (py-fsrs, fsrs-rs, ts-fsrs): retrievability with the trainable decay w20, initial stability and
 * difficulty, difficulty update with linear damping and mean reversion, stability after recall
 * (Hard penalty, Easy bonus) and after a lapse, same-day stability, intervals from the desired
 * retention, learning and relearning steps, and optional interval fuzz. Plain Java, no state.
 */
public final class FsrsScheduler {

    static final double STABILITY_MIN = 0.001;
    static final double MIN_DIFFICULTY = 1.0;
    static final double MAX_DIFFICULTY = 10.0;

    private final FsrsParameters parameters;
    private final double[] w;
    private final double decay;
    private final double factor;

    public FsrsScheduler(FsrsParameters parameters) {
        this.parameters = parameters;
        this.w = parameters.w();
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public FsrsParameters parameters() {
        return parameters;
    }

    /** The probability of recalling the card at {@code at}; 0 for a card never reviewed. */
    public double retrievability(CardMemory card, Instant at) {
        return retrievability(card.stability(), card.lastReview(), at);
    }

    /** As {@link #retrievability(CardMemory, Instant)}, from the two fields it depends on. */
    public double retrievability(Double stability, Instant lastReview, Instant at) {
        if (lastReview == null || stability == null) {
            return 0;
        }
        long elapsedDays = Math.max(0, Duration.between(lastReview, at).toDays());
        return Math.pow(1 + factor * elapsedDays / stability, decay);
    }

    /**
     * The card after a review with {@code rating} at {@code at}.
     *
     * @param fuzzSeed seeds the interval fuzz (when enabled), so a card's schedule can be replayed
     */
    public CardMemory review(CardMemory card, Rating rating, Instant at, long fuzzSeed) {
        Long sinceLastReview = card.lastReview() == null ? null : Duration.between(card.lastReview(), at).toDays();
        boolean sameDay = sinceLastReview != null && sinceLastReview < 1;
        double stability;
        double difficulty;
        if (card.stability() == null || card.difficulty() == null) {
            stability = initialStability(rating);
            difficulty = clampDifficulty(initialDifficulty(rating));
        } else if (sameDay) {
            stability = shortTermStability(card.stability(), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        } else {
            stability = nextStability(card.difficulty(), card.stability(), retrievability(card, at), rating);
            difficulty = nextDifficulty(card.difficulty(), rating);
        }
        CardState state;
        Integer step;
        Duration interval;
        switch (card.state()) {
            case REVIEW -> {
                if (rating == Rating.AGAIN && !parameters.relearningSteps().isEmpty()) {
                    state = CardState.RELEARNING;
                    step = 0;
                    interval = parameters.relearningSteps().getFirst();
                } else {
                    state = CardState.REVIEW;
                    step = null;
                    interval = days(nextInterval(stability));
                }
            }
            case LEARNING, RELEARNING -> {
                List<Duration> steps = card.state() == CardState.LEARNING ? parameters.learningSteps()
                        : parameters.relearningSteps();
                int current = card.step() == null ? 0 : card.step();
                if (steps.isEmpty() || (current >= steps.size() && rating != Rating.AGAIN)) {
                    state = CardState.REVIEW;
                    step = null;
                    interval = days(nextInterval(stability));
                } else {
                    switch (rating) {
                        case AGAIN -> {
                            state = card.state();
                            step = 0;
                            interval = steps.getFirst();
                        }
                        case HARD -> {
                            state = card.state();
                            step = current;
                            interval = current == 0 && steps.size() == 1 ? scale(steps.getFirst(), 1.5)
                                    : current == 0 ? scale(steps.get(0).plus(steps.get(1)), 0.5) : steps.get(current);
                        }
                        case GOOD -> {
                            if (current + 1 >= steps.size()) {
                                state = CardState.REVIEW;
                                step = null;
                                interval = days(nextInterval(stability));
                            } else {
                                state = card.state();
                                step = current + 1;
                                interval = steps.get(step);
                            }
                        }
                        default -> {
                            state = CardState.REVIEW;
                            step = null;
                            interval = days(nextInterval(stability));
                        }
                    }
                }
            }
            default -> throw new IllegalStateException("Unknown state " + card.state());
        }
        if (parameters.fuzz() && state == CardState.REVIEW) {
            interval = fuzz(interval, new Random(fuzzSeed));
        }
        return new CardMemory(state, step, stability, difficulty, at.plus(interval), at);
    }

    /** What each rating would do now: the interval until the card is next due. */
    public Map<Rating, Duration> preview(CardMemory card, Instant at, long fuzzSeed) {
        Map<Rating, Duration> out = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            out.put(r, Duration.between(at, review(card, r, at, fuzzSeed).due()));
        }
        return out;
    }

    /** Whole days until retrievability falls to the desired retention, in [1, maximum interval]. */
    int nextInterval(double stability) {
        double days = stability / factor * (Math.pow(parameters.desiredRetention(), 1 / decay) - 1);
        long rounded = (long) Math.rint(days); // round half to even, as the reference does
        return (int) Math.min(Math.max(rounded, 1), parameters.maximumInterval());
    }

    double initialStability(Rating rating) {
        return Math.max(w[rating.value() - 1], STABILITY_MIN);
    }

    double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.value() - 1)) + 1;
    }

    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -(w[6] * (rating.value() - 3));
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        double reverted = w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    /** Same-day reviews: the increase is floored at 1 for Hard, Good and Easy (a pass never lowers stability). */
    double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, STABILITY_MIN);
    }

    double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next = rating == Rating.AGAIN ? forgetStability(difficulty, stability, retrievability)
                : recallStability(difficulty, stability, retrievability, rating);
        return Math.max(next, STABILITY_MIN);
    }

    private double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp((1 - retrievability) * w[14]);
        double shortTerm = stability / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    private double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus);
    }

    private static double clampDifficulty(double d) {
        return Math.min(Math.max(d, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }

    /** Spreads intervals of 3 days and more a little, so that cards learnt together do not stay together. */
    private Duration fuzz(Duration interval, Random random) {
        long days = interval.toDays();
        if (days < 2.5) {
            return interval;
        }
        double delta = 1.0 + 0.15 * Math.max(Math.min(days, 7.0) - 2.5, 0) + 0.1 * Math.max(Math.min(days, 20.0) - 7.0, 0)
                + 0.05 * Math.max(days - 20.0, 0);
        long min = Math.max(2, (long) Math.rint(days - delta));
        long max = Math.min((long) Math.rint(days + delta), parameters.maximumInterval());
        min = Math.min(min, max);
        long fuzzed = Math.min((long) Math.rint(random.nextDouble() * (max - min + 1) + min), parameters.maximumInterval());
        return days(fuzzed);
    }

    private static Duration days(long n) {
        return Duration.ofDays(n);
    }

    private static Duration scale(Duration d, double by) {
        return Duration.ofMillis(Math.round(d.toMillis() * by));
    }
}
