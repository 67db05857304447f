package org.footnote.account;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The principal kept in a signed-in session: Spring Security's user with the account's id, so that
 * every request can say whose data it touches without reading the user row again.
 */
public class SignedInUser extends User {

    private final long userId;

    public SignedInUser(long userId, String username, String passwordHash,
                        Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, authorities);
        this.userId = userId;
    }

    /** The principal for a signed-in account (no password kept). */
    public static SignedInUser of(AppUser user) {
        return new SignedInUser(user.getId(), user.getUsername(), "", java.util.List.of(
                new org.springframework.security.core.authority.SimpleGrantedAuthority(user.getRole().authority())));
    }

    public long userId() {
        return userId;
    }

    // User's equals/hashCode compare usernames, which are unique: the id adds nothing to them.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
