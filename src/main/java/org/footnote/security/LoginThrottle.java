package org.footnote.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per username: {@value #FREE_ATTEMPTS} failures are free, then each
 * further failure locks the name for twice as long as the last (30 s, 1 min, 2 min ... up to 15 min).
 * A success clears the record. Plain Java; kept in memory, so each app instance throttles its own
 * traffic (with sticky sessions that is the traffic of the same users).
 */
public class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    private static final int PURGE_THRESHOLD = 10_000;

    private record Failures(int count, Instant lockedUntil, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code username} must still wait, if it is locked now. */
    public Optional<Duration> lockRemaining(String username) {
        Failures f = failures.get(key(username));
        Instant now = clock.instant();
        if (f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, f.lockedUntil()));
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        failures.compute(key(username), (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            Instant lockedUntil = count < FREE_ATTEMPTS ? null : now.plus(lockFor(count));
            return new Failures(count, lockedUntil, now);
        });
        if (failures.size() > PURGE_THRESHOLD) {
            Instant stale = now.minus(MAX_LOCK.multipliedBy(2));
            failures.values().removeIf(f -> f.last().isBefore(stale));
        }
    }

    public void recordSuccess(String username) {
        failures.remove(key(username));
    }

    static Duration lockFor(int failureCount) {
        int doublings = Math.min(failureCount - FREE_ATTEMPTS, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock;
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
