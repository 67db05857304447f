package org.footnote.bank;

import java.time.Instant;
import java.util.List;
import org.footnote.bank.files.BankProblem;

/**
 * The outcome of the last start-up load of the bank: counts when it was applied, or every
 * problem when it was refused (the database then stays as it was).
 */
public record SyncReport(Instant at, int added, int updated, int retired, int unchanged, List<BankProblem> problems) {

    public static SyncReport refused(Instant at, List<BankProblem> problems) {
        return new SyncReport(at, 0, 0, 0, 0, List.copyOf(problems));
    }

    public boolean applied() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        return applied()
                ? "bank synchronised: " + added + " added, " + updated + " updated, " + retired + " retired, "
                        + unchanged + " unchanged"
                : "bank NOT synchronised, " + problems.size() + " problem(s)";
    }
}
