package org.footnote.account.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused without checking the password, because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration remaining;

    public LoginThrottledException(Duration remaining) {
        super("Too many failed sign-ins; locked for " + remaining.toSeconds() + " s");
        this.remaining = remaining;
    }

    public Duration remaining() {
        return remaining;
    }

    /** "40 seconds", "3 minutes": rounded up, so a user who waits that long gets in. */
    public String remainingInWords() {
        long seconds = Math.max(1, remaining.toSeconds() + (remaining.toNanosPart() > 0 ? 1 : 0));
        if (seconds < 90) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
