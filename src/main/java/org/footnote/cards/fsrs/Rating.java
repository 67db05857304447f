package org.footnote.cards.fsrs;

/** How well the learner recalled a card. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** 1..4, as in the FSRS formulas. */
    public int value() {
        return value;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
