package org.footnote.shared.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/** Which SQL dialect the configured database speaks, read once from the driver. */
public final class Dialects {

    private Dialects() {
    }

    public static Upsert.Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? Upsert.Dialect.POSTGRESQL : Upsert.Dialect.H2;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot reach the database: " + e.getMessage(), e);
        }
    }
}
