package org.footnote.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable commit's checkpoint runs on the transaction's own connection. Taking a second one from
 * the pool while still holding the first deadlocked the pool (each commit waiting for a connection
 * another commit held) as soon as as many write transactions committed at once as the pool has
 * connections: ten sign-ins together, found by the load test. With a pool of one, every write showed it.
 */
class DurableCommitsPoolTest {

    @TempDir
    Path folder;

    @Test
    void aWriteCommitsDurablyWithTheOneConnectionItHolds() {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + folder.resolve("db") + ";TRACE_LEVEL_FILE=0");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(1000);
        try (var pool = new HikariDataSource(config)) {
            var factory = new LocalContainerEntityManagerFactoryBean();
            factory.setDataSource(pool);
            factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
            factory.setPackagesToScan(DurableCommitsPoolTest.class.getPackageName() + ".none");
            factory.afterPropertiesSet();
            var manager = new PersistenceConfig.DurableJpaTransactionManager(factory.getObject(), DurableCommits.of(pool));
            manager.afterPropertiesSet();
            var jdbc = new JdbcTemplate(pool);
            jdbc.execute("create table answer (id int primary key)");

            new TransactionTemplate(manager).executeWithoutResult(tx -> jdbc.update("insert into answer values (1)"));

            assertThat(jdbc.queryForObject("select count(*) from answer", Integer.class)).isEqualTo(1);
            factory.destroy();
        }
    }
}
