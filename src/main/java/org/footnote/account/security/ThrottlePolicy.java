package org.footnote.account.security;

import java.time.Duration;
import java.time.Instant;

/**
 * How many failed sign-ins one subject (an address and account, an address, an account) may have
 * before it is locked, and for how long: a number of free failures, then a lock that doubles with
 * each further failure up to a ceiling. Failures older than the window are forgotten. Plain Java.
 *
 * @param free   failures that lock nothing
 * @param first  the first lock
 * @param most   the longest lock
 * @param window how long a failure is remembered without another one
 */
record ThrottlePolicy(String name, int free, Duration first, Duration most, Duration window) {

    /** One address guessing one account: the owner mistyping, or someone guessing from one place. */
    static final ThrottlePolicy ADDRESS_AND_ACCOUNT = new ThrottlePolicy("address and account", 5,
            Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(1));
    /** One address trying many accounts (one password sprayed); generous, since a school shares one address. */
    static final ThrottlePolicy ADDRESS = new ThrottlePolicy("address", 100, Duration.ofMinutes(1),
            Duration.ofMinutes(15), Duration.ofHours(1));
    /** One account guessed from many addresses; its owner's known devices pass. */
    static final ThrottlePolicy ACCOUNT = new ThrottlePolicy("account", 30, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofHours(6));

    /** A subject's failures as stored. */
    record State(int failures, Instant lockedUntil, Instant lastFailure) {
    }

    /** The state after one more failure at {@code now}. */
    State fail(State before, Instant now) {
        boolean remembered = before != null && before.lastFailure().plus(window).isAfter(now);
        int failures = remembered ? before.failures() + 1 : 1;
        return new State(failures, failures < free ? null : now.plus(lockFor(failures)), now);
    }

    Duration lockFor(int failures) {
        int doublings = Math.min(failures - free, 20);
        Duration lock = first.multipliedBy(1L << doublings);
        return lock.compareTo(most) > 0 ? most : lock;
    }

    /** How long the subject must still wait at {@code now}, or zero. */
    static Duration remaining(State state, Instant now) {
        return state == null || state.lockedUntil() == null || !state.lockedUntil().isAfter(now) ? Duration.ZERO
                : Duration.between(now, state.lockedUntil());
    }
}
