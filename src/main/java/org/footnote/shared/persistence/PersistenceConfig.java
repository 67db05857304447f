package org.footnote.shared.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/** The transaction manager: Spring Boot's JPA one, made to commit durably (see {@link DurableCommits}). */
@Configuration(proxyBeanMethods = false)
class PersistenceConfig {

    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory, DataSource dataSource,
                                             ObjectProvider<TransactionManagerCustomizers> customizers) {
        var manager = new DurableJpaTransactionManager(entityManagerFactory, DurableCommits.of(dataSource));
        customizers.ifAvailable(c -> c.customize(manager));
        return manager;
    }

    /** Commits, then, for a transaction that wrote, makes the write durable before the caller sees "saved". */
    static final class DurableJpaTransactionManager extends JpaTransactionManager {

        private final transient DurableCommits durable;

        DurableJpaTransactionManager(EntityManagerFactory entityManagerFactory, DurableCommits durable) {
            super(entityManagerFactory);
            this.durable = durable;
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            super.doCommit(status);
            if (!status.isReadOnly() && durable.isNeeded()) {
                // The transaction's JDBC connection, still bound until the cleanup that follows the commit.
                DataSource dataSource = obtainDataSource();
                Connection connection = DataSourceUtils.getConnection(dataSource);
                try {
                    durable.afterWriteCommit(connection);
                } finally {
                    DataSourceUtils.releaseConnection(connection, dataSource);
                }
            }
        }

        private DataSource obtainDataSource() {
            DataSource dataSource = getDataSource();
            if (dataSource == null) {
                throw new IllegalStateException("The entity manager factory names no DataSource to checkpoint");
            }
            return dataSource;
        }
    }
}
