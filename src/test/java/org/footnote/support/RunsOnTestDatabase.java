package org.footnote.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test whose application context uses the configured test database ({@link TestDatabase}): H2 in
 * the normal run, PostgreSQL in the second one, which runs only the tests tagged {@value #TAG}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(RunsOnTestDatabase.TAG)
@ExtendWith(TestDatabase.class)
public @interface RunsOnTestDatabase {

    String TAG = "test-database";
}
