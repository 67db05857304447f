package org.footnote.shared.persistence;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A start that fails on its storage says so in one sentence, naming the folder or database and the
 * cause (a read-only folder, a full disk, a database that does not answer), instead of a stack trace.
 */
public final class StartupFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataFolderException folder) {
                return new FailureAnalysis(folder.getMessage(), "Make the folder writable by the account that runs "
                        + "Footnote and free some space, or choose another with FOOTNOTE_DATA_DIR.", null);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return new FailureAnalysis("Footnote cannot open its database: " + firstLine(sql.getMessage()),
                        "Check that the database is running and reachable (spring.datasource.url), and for the "
                                + "embedded one that its folder has free space and is writable.", null);
            }
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        String line = message.strip().split("\\R", 2)[0];
        return line.length() > 300 ? line.substring(0, 300) + "\u2026" : line;
    }
}
