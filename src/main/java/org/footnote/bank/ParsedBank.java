package org.footnote.bank;

import java.util.List;

/** The bank's files as read, before the rules that relate them are checked. */
public record ParsedBank(List<DocumentSpec> documents, List<QuestionSpec> questions, List<List<String>> nameVariants,
                         List<BankProblem> problems) {
}
