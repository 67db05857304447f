package org.footnote.shared.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One statement that inserts a row or, if its key exists, adds to some columns and sets others,
 * atomically even when two transactions write the same new key at once (two tabs recording the
 * day's first answer). PostgreSQL's {@code INSERT ... ON CONFLICT} and H2's {@code MERGE} say the
 * same thing in two dialects; parameters are bound in the order key, added, set. H2's MERGE is
 * not atomic against a concurrent insert of the same key: the loser's statement fails alone (H2 keeps
 * its transaction), so it is run once more and finds the row.
 */
public final class Upsert {

    /** The databases Footnote runs on. */
    public enum Dialect { H2, POSTGRESQL }

    private final String table;
    private final List<String> keys;
    private final List<String> added = new ArrayList<>();
    private final List<String> set = new ArrayList<>();

    private Upsert(String table, List<String> keys) {
        this.table = table;
        this.keys = keys;
    }

    public static Upsert into(String table, String... keys) {
        return new Upsert(table, List.of(keys));
    }

    /** Columns whose values are added to the stored ones (counts). */
    public Upsert adding(String... columns) {
        added.addAll(List.of(columns));
        return this;
    }

    /** Columns whose values replace the stored ones. */
    public Upsert setting(String... columns) {
        set.addAll(List.of(columns));
        return this;
    }

    /** Runs the upsert in the caller's transaction. */
    public void run(java.sql.Connection connection, Dialect dialect, Object... values) throws java.sql.SQLException {
        try {
            execute(connection, dialect, values);
        } catch (java.sql.SQLException e) {
            if (dialect != Dialect.H2 || !"23505".equals(e.getSQLState())) {
                throw e;
            }
            execute(connection, dialect, values); // the concurrent insert won: now the key exists
        }
    }

    /** As {@link #run(java.sql.Connection, Dialect, Object...)}, on the connection of the current transaction. */
    public void run(org.springframework.jdbc.core.JdbcTemplate jdbc, Dialect dialect, Object... values) {
        jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Void>) c -> {
            run(c, dialect, values);
            return null;
        });
    }

    private void execute(java.sql.Connection connection, Dialect dialect, Object... values) throws java.sql.SQLException {
        try (var statement = connection.prepareStatement(sql(dialect))) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    public String sql(Dialect dialect) {
        List<String> columns = Stream.of(keys, added, set).flatMap(List::stream).toList();
        String names = String.join(", ", columns);
        String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        return switch (dialect) {
            case POSTGRESQL -> "insert into " + table + " (" + names + ") values (" + marks + ") on conflict ("
                    + String.join(", ", keys) + ") do update set " + updates(table, "excluded");
            case H2 -> "merge into " + table + " t using (values (" + marks + ")) v(" + names + ") on "
                    + keys.stream().map(k -> "t." + k + " = v." + k).collect(Collectors.joining(" and "))
                    + " when matched then update set " + updates("t", "v") + " when not matched then insert ("
                    + names + ") values (" + columns.stream().map(c -> "v." + c).collect(Collectors.joining(", ")) + ")";
        };
    }

    private String updates(String stored, String given) {
        return Stream.concat(added.stream().map(c -> c + " = " + stored + "." + c + " + " + given + "." + c),
                set.stream().map(c -> c + " = " + given + "." + c)).collect(Collectors.joining(", "));
    }
}
