package org.footnote.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/** One Spring context for all tests that extend this (same annotations, so Spring caches it). */
@SpringBootTest
@ActiveProfiles("test")
@RunsOnTestDatabase
@Import({TestClockConfig.class, StatementCounter.class})
public abstract class SpringTest {

    @Autowired
    protected TestClock clock;
    @Autowired
    protected StatementCounter statements;
    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    /**
     * Every Vaadin context installs a holder strategy of its own as the global one when it starts, and
     * its services read only their own: with a second context in the JVM ({@link PostgresSpringTest}),
     * a test signs in through the strategy of the context it tests.
     */
    @BeforeEach
    void signInThroughThisContext() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected static final String PASSWORD = "correct horse battery";
}
