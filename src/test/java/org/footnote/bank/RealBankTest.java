package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.footnote.bank.files.BankFiles;
import org.footnote.bank.files.BankValidator;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.files.BankProblem;

/** The real bank in question-bank/: every rule holds, so a bad question fails the build. */
class RealBankTest {

    static final Path BANK = Path.of("question-bank");

    @Test
    void theRealBankBreaksNoRule() {
        List<BankProblem> problems = BankValidator.validate(BankFiles.read(BANK));
        assertThat(problems).as(() -> problems.stream().map(BankProblem::toString).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    /** The coverage the bank promises: per document, per kind, and every format in use. */
    @Test
    void theBankCoversEveryDocumentAndKind() {
        BankSummary summary = BankSummary.of(LoadedBank.load(BANK));
        assertThat(summary.total()).isGreaterThanOrEqualTo(300);
        java.util.Map<String, Integer> perDocument = summary.rows().stream()
                .collect(Collectors.toMap(BankSummary.Row::documentId, BankSummary.Row::total));
        assertThat(perDocument).containsOnlyKeys("ali-caspian-reactions-tajikistan", "dyer-bear-and-dragon",
                "essay-new-russia-tajikistan", "mikovic-tajikistan-west-china", "olimov-russia-central-asia");
        assertThat(perDocument.get("ali-caspian-reactions-tajikistan")).isGreaterThanOrEqualTo(25);
        assertThat(perDocument.get("dyer-bear-and-dragon")).isGreaterThanOrEqualTo(25);
        assertThat(perDocument.get("essay-new-russia-tajikistan")).isGreaterThanOrEqualTo(40);
        assertThat(perDocument.get("mikovic-tajikistan-west-china")).isGreaterThanOrEqualTo(40);
        assertThat(perDocument.get("olimov-russia-central-asia")).isGreaterThanOrEqualTo(90);
        assertThat(summary.count(Kind.DATE)).isGreaterThanOrEqualTo(70);
        assertThat(summary.count(Kind.ACTOR)).isGreaterThanOrEqualTo(70);
        assertThat(summary.count(Kind.CAUSE)).isGreaterThanOrEqualTo(50);
        assertThat(summary.count(Kind.FIGURE)).isGreaterThanOrEqualTo(30);
        assertThat(summary.count(Kind.PLACE)).isPositive();
        assertThat(summary.count(Kind.TERM)).isPositive();
        for (Format format : Format.values()) {
            assertThat(summary.count(format)).as(format.label()).isPositive();
        }
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
