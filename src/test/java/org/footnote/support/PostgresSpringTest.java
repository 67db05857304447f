package org.footnote.support;

import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * As {@link SpringTest}, on PostgreSQL ({@link Postgres}): one cached context whose tables live in a
 * schema of their own, made for this test run and dropped when it ends, so that runs and other
 * PostgreSQL tests never see each other's rows. Skipped where no PostgreSQL answers. The schema's
 * name is also the connections' {@code application_name}, by which {@link LockWaits} finds them.
 */
public abstract class PostgresSpringTest extends SpringTest {

    private static String url;

    @BeforeAll
    static void requirePostgres() throws SQLException {
        Postgres.connect().close();
    }

    @DynamicPropertySource
    static void onPostgres(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", PostgresSpringTest::createSchema);
        properties.add("spring.datasource.username", () -> Postgres.USER);
        properties.add("spring.datasource.password", () -> Postgres.PASSWORD);
        // Not the H2 context's folder: each context's first start writes its own instructor password there.
        properties.add("footnote.data-dir", () -> "target/test-data-postgres");
    }

    /** The URL of this run's schema, which is created on first use and dropped when the JVM ends. */
    private static synchronized String createSchema() {
        if (url != null) {
            return url; // Spring asks for the value each time it reads the property
        }
        PostgresSchema schema = PostgresSchema.create();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                schema.close();
            } catch (SQLException | RuntimeException e) {
                System.err.println("Could not drop test schema " + schema.name() + ": " + e.getMessage());
            }
        }));
        url = schema.url() + "&ApplicationName=" + schema.name();
        return url;
    }
}
