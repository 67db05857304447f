package org.footnote.quiz;

import org.footnote.support.PostgresSpringTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** {@link TwoInstancesAtOnce} on PostgreSQL, which two app instances share. */
class TwoInstancesOnPostgresTest extends PostgresSpringTest implements TwoInstancesAtOnce {

    @Autowired
    ApplicationContext context;

    @Override
    public ApplicationContext context() {
        return context;
    }
}
