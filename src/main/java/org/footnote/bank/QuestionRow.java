package org.footnote.bank;

/** A question as a row of the bank grid. */
public record QuestionRow(String id, String documentId, Kind kind, Format format, int difficulty, String prompt,
                          String answer, QuestionStatus status) {
}
