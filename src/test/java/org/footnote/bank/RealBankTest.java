package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The real bank in question-bank/: every rule holds, so a bad question fails the build. */
class RealBankTest {

    static final Path BANK = Path.of("question-bank");

    @Test
    void theRealBankBreaksNoRule() {
        List<BankProblem> problems = BankValidator.validate(BankFiles.read(BANK));
        assertThat(problems).as(() -> problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** question-bank/README.md carries the current counts; when the bank changes, so must it. */
    @Test
    void theBanksReadmeShowsItsCurrentCounts() throws Exception {
        String table = BankSummary.of(LoadedBank.load(BANK)).toMarkdown();
        String readme = java.nio.file.Files.readString(BANK.resolve("README.md"));
        String shown = readme.substring(readme.indexOf(START) + START.length(), readme.indexOf(END)).strip();
        if (!shown.equals(table.strip())) {
            java.nio.file.Files.createDirectories(Path.of("target"));
            java.nio.file.Files.writeString(Path.of("target/bank-summary.md"), table);
        }
        assertThat(shown).as("The counts in question-bank/README.md are out of date: copy target/bank-summary.md "
                + "between its summary markers").isEqualTo(table.strip());
    }

    private static final String START = "<!-- summary:start -->";
    private static final String END = "<!-- summary:end -->";
}
