package org.footnote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.footnote.support.Postgres;
import org.footnote.support.PostgresSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every migration applies to an empty database: H2 in its own mode and its PostgreSQL mode, and PostgreSQL itself. */
class MigrationsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"})
    void migrateAnEmptyDatabase(String mode) {
        String url = "jdbc:h2:mem:empty-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + mode;
        migrateEverything(Flyway.configure().dataSource(url, "sa", ""));
    }

    @Test
    void migrateAnEmptyPostgresSchema() throws Exception {
        try (PostgresSchema schema = PostgresSchema.create()) {
            migrateEverything(Flyway.configure().dataSource(schema.url(), Postgres.USER, Postgres.PASSWORD));
        }
    }

    private static void migrateEverything(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
        Flyway flyway = configuration.locations("classpath:db/migration").load();

        var result = flyway.migrate();

        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isEqualTo(flyway.info().all().length);
        assertThat(flyway.info().pending()).isEmpty();
    }
}
