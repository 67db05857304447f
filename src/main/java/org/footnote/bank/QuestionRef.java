package org.footnote.bank;

/** The facts about a question that drawing a quiz needs. */
public record QuestionRef(String id, String documentId, Kind kind, Format format, int difficulty) {
}
