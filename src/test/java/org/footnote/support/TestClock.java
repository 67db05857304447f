package org.footnote.support;

import java.time.Duration;
import java.time.Instant;

/** The application's clock in tests: real time plus an offset that a test may move forward, then reset. */
public class TestClock extends ManualClock {

    private volatile Duration offset = Duration.ZERO;

    public TestClock() {
        super(Instant.EPOCH);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
