package org.footnote.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.footnote.support.ManualClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final ManualClock clock = new ManualClock(Instant.parse("2026-11-23T09:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theFirstFourFailuresDoNotLock() {
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS - 1; i++) {
            throttle.recordFailure("amina");
        }
        assertThat(throttle.lockRemaining("amina")).isEmpty();
    }

    @Test
    void theFifthFailureLocksForThirtySecondsThenReleases() {
        failTimes("amina", LoginThrottle.FREE_ATTEMPTS);
        assertThat(throttle.lockRemaining("amina")).contains(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(29));
        assertThat(throttle.lockRemaining("amina")).contains(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockRemaining("amina")).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToFifteenMinutes() {
        assertThat(LoginThrottle.lockFor(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoginThrottle.lockFor(6)).isEqualTo(Duration.ofMinutes(1));
        assertThat(LoginThrottle.lockFor(7)).isEqualTo(Duration.ofMinutes(2));
        assertThat(LoginThrottle.lockFor(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.lockFor(50)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void usernamesAreThrottledIgnoringCaseAndEachOnItsOwn() {
        failTimes("Amina", LoginThrottle.FREE_ATTEMPTS);
        assertThat(throttle.lockRemaining("amina ")).isPresent();
        assertThat(throttle.lockRemaining("bahrom")).isEmpty();
    }

    @Test
    void aSuccessClearsTheRecord() {
        failTimes("amina", LoginThrottle.FREE_ATTEMPTS - 1);
        throttle.recordSuccess("amina");
        throttle.recordFailure("amina");
        assertThat(throttle.lockRemaining("amina")).isEmpty();
    }

    @Test
    void theWaitIsSaidInWholeSecondsOrMinutesRoundedUp() {
        assertThat(new LoginThrottledException(Duration.ofMillis(29_200)).remainingInWords()).isEqualTo("30 seconds");
        assertThat(new LoginThrottledException(Duration.ofSeconds(1)).remainingInWords()).isEqualTo("1 second");
        assertThat(new LoginThrottledException(Duration.ofSeconds(121)).remainingInWords()).isEqualTo("3 minutes");
    }

    private void failTimes(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
        }
    }
}
