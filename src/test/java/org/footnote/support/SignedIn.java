package org.footnote.support;

import java.util.List;
import java.util.function.Supplier;
import org.footnote.account.AppUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** A user signed in on the current thread, as after a form login, for service calls without a view. */
public final class SignedIn {

    private SignedIn() {
    }

    /** Signs {@code user} in on this thread and returns the authentication, as Spring Security would make it. */
    public static Authentication as(AppUser user) {
        var authorities = List.of(new SimpleGrantedAuthority(user.getRole().authority()));
        var principal = org.footnote.account.SignedInUser.of(user);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        return authentication;
    }

    /** {@code work} done as {@code user} on this thread, signed out again afterwards. */
    public static <T> T as(AppUser user, Supplier<T> work) {
        as(user);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
