package org.footnote.bank.gift;

/** A GIFT file's problem at a line (1-based). */
public record GiftProblem(int line, String reason) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason;
    }
}
