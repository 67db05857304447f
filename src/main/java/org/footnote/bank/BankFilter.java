package org.footnote.bank;

/** Which questions the instructor's bank grid shows; null fields mean "any". */
public record BankFilter(String documentId, Kind kind, Format format, Integer difficulty, String tag,
                         QuestionStatus status, String text) {

    public static BankFilter any() {
        return new BankFilter(null, null, null, null, null, null, null);
    }
}
