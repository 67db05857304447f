package org.footnote.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private final ThrottlePolicy pair = ThrottlePolicy.ADDRESS_AND_ACCOUNT;

    private ThrottlePolicy.State failTimes(ThrottlePolicy policy, int n, Instant at) {
        ThrottlePolicy.State s = null;
        for (int i = 0; i < n; i++) {
            s = policy.fail(s, at);
        }
        return s;
    }

    @Test
    void freeFailuresLockNothingThenTheLockDoublesToItsCeiling() {
        assertThat(ThrottlePolicy.remaining(failTimes(pair, 4, NOW), NOW)).isZero();
        assertThat(ThrottlePolicy.remaining(failTimes(pair, 5, NOW), NOW)).isEqualTo(Duration.ofSeconds(30));
        assertThat(pair.lockFor(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(pair.lockFor(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(pair.lockFor(500)).isEqualTo(Duration.ofMinutes(15));
        assertThat(ThrottlePolicy.ACCOUNT.lockFor(30)).isEqualTo(Duration.ofMinutes(1));
        assertThat(ThrottlePolicy.ACCOUNT.lockFor(100)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aLockEndsAndOldFailuresAreForgotten() {
        var locked = failTimes(pair, 5, NOW);
        assertThat(ThrottlePolicy.remaining(locked, NOW.plusSeconds(29))).isEqualTo(Duration.ofSeconds(1));
        assertThat(ThrottlePolicy.remaining(locked, NOW.plusSeconds(30))).isZero();
        var muchLater = pair.fail(locked, NOW.plus(Duration.ofHours(2)));
        assertThat(muchLater.failures()).isEqualTo(1);
        assertThat(muchLater.lockedUntil()).isNull();
    }

    @Test
    void anAddressSharedByASchoolMayFailOftenBeforeItIsLocked() {
        assertThat(ThrottlePolicy.remaining(failTimes(ThrottlePolicy.ADDRESS, 99, NOW), NOW)).isZero();
        assertThat(ThrottlePolicy.remaining(failTimes(ThrottlePolicy.ADDRESS, 100, NOW), NOW)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theWaitIsSaidRoundedUp() {
        assertThat(new LoginThrottledException(Duration.ofMillis(29_200)).remainingInWords()).isEqualTo("30 seconds");
        assertThat(new LoginThrottledException(Duration.ofSeconds(1)).remainingInWords()).isEqualTo("1 second");
        assertThat(new LoginThrottledException(Duration.ofSeconds(150)).remainingInWords()).isEqualTo("3 minutes");
    }
}
