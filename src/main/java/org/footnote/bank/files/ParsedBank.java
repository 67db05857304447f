package org.footnote.bank.files;

import java.util.List;
import org.footnote.bank.QuestionSpec;

/**
 * The bank's files as read, before the rules that relate them are checked.
 *
 * @param nameVariants  spellings of one name (names.yaml)
 * @param abbreviations each a full name, then its abbreviations and other names (abbreviations.yaml)
 */
public record ParsedBank(List<DocumentSpec> documents, List<QuestionSpec> questions, List<List<String>> nameVariants,
                         List<List<String>> abbreviations, List<BankProblem> problems) {
}
