package org.footnote.cards.fsrs;

/** FSRS card states. A card never reviewed is LEARNING at step 0 with no memory yet. */
public enum CardState {
    LEARNING, REVIEW, RELEARNING
}
