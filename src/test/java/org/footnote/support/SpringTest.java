package org.footnote.support;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** One Spring context for all tests that extend this (same annotations, so Spring caches it). */
@SpringBootTest
@ActiveProfiles("test")
@Import({TestClockConfig.class, StatementCounter.class})
public abstract class SpringTest {

    @Autowired
    protected TestClock clock;
    @Autowired
    protected StatementCounter statements;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected static final String PASSWORD = "correct horse battery";
}
