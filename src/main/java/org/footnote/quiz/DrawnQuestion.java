package org.footnote.quiz;

/** A question drawn for an attempt and the assembled quiz slot it fills (-1 in practice). */
public record DrawnQuestion(String questionId, int slot) {
}
