package org.footnote.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** One Spring context for all tests that extend this (same annotations, so Spring caches it). */
@SpringBootTest
@ActiveProfiles("test")
public abstract class SpringTest {

    protected static final String PASSWORD = "correct horse battery";
}
