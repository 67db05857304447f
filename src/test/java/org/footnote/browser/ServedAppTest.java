package org.footnote.browser;

import org.footnote.support.RunsOnTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app served by its real embedded Tomcat on a random port; one context for every subclass, on an
 * in-memory H2 database of its own (apart from the Spring tests' one, when both run in one JVM) or
 * on the PostgreSQL run's schema.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "footnote.test.h2-name=footnote-browser")
@ActiveProfiles("test")
@RunsOnTestDatabase
abstract class ServedAppTest {

    @LocalServerPort
    int port;
}
