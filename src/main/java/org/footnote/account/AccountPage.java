package org.footnote.account;

/**
 * The Account page as the app frame knows it: its route (where a password someone else chose sends
 * every page) and the frame's promise to show a changed display name at once.
 */
public interface AccountPage {

    /** The route of the Account page. */
    String ROUTE = "account";

    /** Implemented by the frame that shows the signed-in user's name. */
    interface NameDisplay {
        void showName(String displayName);
    }
}
