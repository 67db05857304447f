package org.footnote.bank.files;

import java.nio.file.Path;
import java.util.List;
import org.footnote.bank.QuestionSpec;

/** A bank that passed every rule: what the start-up sync writes into the database. */
public record LoadedBank(List<DocumentSpec> documents, List<QuestionSpec> questions, List<List<String>> nameVariants,
                         List<List<String>> abbreviations) {

    /**
     * Reads and validates the bank folder.
     *
     * @throws InvalidBankException listing every breach, when there is any
     */
    public static LoadedBank load(Path root) {
        ParsedBank parsed = BankFiles.read(root);
        List<BankProblem> problems = BankValidator.validate(parsed);
        if (!problems.isEmpty()) {
            throw new InvalidBankException(problems);
        }
        return new LoadedBank(parsed.documents(), parsed.questions(), parsed.nameVariants(), parsed.abbreviations());
    }
}
