package org.footnote.bank.files;

/** One breach of the bank's rules, where it is and why. {@code line} is 1-based; 0 when unknown. */
public record BankProblem(String file, int line, String reason) implements Comparable<BankProblem> {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }

    @Override
    public int compareTo(BankProblem o) {
        int byFile = file.compareTo(o.file);
        return byFile != 0 ? byFile : Integer.compare(line, o.line);
    }
}
