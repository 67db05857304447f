package org.footnote.bank;

/**
 * A question as the editor opens it.
 *
 * @param version what the editor saw; a save names it so that a change made meanwhile is not overwritten
 * @param isNew   not saved yet: its id may still be chosen
 */
public record EditableQuestion(QuestionSpec spec, QuestionStatus status, Question.Origin origin, long version,
                               boolean isNew) {
}
