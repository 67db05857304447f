package org.footnote.browser;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The app served by its real embedded Tomcat on a random port; one context for every subclass. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:footnote-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
abstract class ServedAppTest {

    @LocalServerPort
    int port;
}
