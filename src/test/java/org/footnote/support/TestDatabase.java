package org.footnote.support;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opentest4j.TestAbortedException;

/**
 * Where the Spring tests keep their data. Normally the in-memory H2 of {@code application-test.properties}.
 * In the PostgreSQL run (system property {@value #PROPERTY}={@code postgresql}, set by the pom's
 * {@code postgres} executions) a fresh schema on the test PostgreSQL server, made before the first
 * application context starts and dropped after the last test: Flyway migrates it from empty. The
 * datasource goes in as system properties, so a test's own {@code @TestPropertySource} still wins.
 * Where no PostgreSQL answers, the tests are skipped, saying why (failed where it is required).
 */
public final class TestDatabase implements ExecutionCondition {

    public static final String PROPERTY = "footnote.test.database";
    private static final ExtensionContext.Namespace RUN = ExtensionContext.Namespace.create(TestDatabase.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"postgresql".equals(System.getProperty(PROPERTY))) {
            return ConditionEvaluationResult.enabled("H2 in memory");
        }
        Prepared run = context.getRoot().getStore(RUN).computeIfAbsent(Prepared.class, key -> prepare(), Prepared.class);
        return run.schema() == null ? ConditionEvaluationResult.disabled(run.absence())
                : ConditionEvaluationResult.enabled("PostgreSQL schema " + run.schema().name());
    }

    private static Prepared prepare() {
        try {
            PostgresSchema schema = PostgresSchema.create();
            System.setProperty("spring.datasource.url", schema.url());
            System.setProperty("spring.datasource.username", Postgres.USER);
            System.setProperty("spring.datasource.password", Postgres.PASSWORD);
            tellTheBuild("Tests with an application context run on PostgreSQL: " + schema.url());
            return new Prepared(schema, null);
        } catch (TestAbortedException noServer) {
            tellTheBuild("PostgreSQL run skipped: " + noServer.getMessage());
            return new Prepared(null, noServer.getMessage());
        }
    }

    /** To the build's console: Surefire keeps System.out and System.err for the report files, not the native stream. */
    private static void tellTheBuild(String line) {
        new PrintStream(new FileOutputStream(FileDescriptor.err), true).println(line);
    }

    /** The run's schema, or why there is none; closed (the schema dropped) when the test engine finishes. */
    private record Prepared(PostgresSchema schema, String absence) implements AutoCloseable {

        @Override
        public void close() throws Exception {
            if (schema != null) {
                schema.close();
            }
        }
    }
}
