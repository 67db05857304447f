package org.footnote.quiz;

import java.time.Duration;
import java.time.Instant;

/**
 * What surrounds the questions of an attempt: its title, the time left under a limit, and whether
 * correctness and sources are shown now (while it is open: after each answer; once submitted: when
 * the quiz's feedback setting releases them).
 *
 * @param timeLeft      null without a time limit; measured by the server when this was read
 * @param feedbackAfter for feedback after closing, when it comes; otherwise null
 */
public record AttemptFrame(String title, boolean assigned, boolean finished, Duration timeLeft, boolean feedbackShown,
                           Instant feedbackAfter) {

    public static AttemptFrame practice(boolean finished) {
        return new AttemptFrame("Practice quiz", false, finished, null, true, null);
    }

    public boolean timed() {
        return timeLeft != null;
    }
}
