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
}
