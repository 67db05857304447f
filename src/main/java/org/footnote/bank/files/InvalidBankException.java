package org.footnote.bank.files;

import java.util.List;
import java.util.stream.Collectors;

/** The bank breaks its rules; {@link #problems()} lists every breach, not just the first. */
public class InvalidBankException extends RuntimeException {

    private final List<BankProblem> problems;

    public InvalidBankException(List<BankProblem> problems) {
        super(problems.size() + " problem(s) in the question bank:\n" + problems.stream().sorted()
                .map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<BankProblem> problems() {
        return problems;
    }
}
