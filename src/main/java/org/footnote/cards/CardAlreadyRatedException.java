package org.footnote.cards;

/** The card changed since it was shown (rated in another tab): this rating is not applied. */
public class CardAlreadyRatedException extends RuntimeException {

    public CardAlreadyRatedException() {
        super("This card was already rated, perhaps in another tab; here is the next one.");
    }
}
