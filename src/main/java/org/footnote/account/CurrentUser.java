package org.footnote.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.account.Role;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/** Who is signed in, for views and services; services still check access themselves. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private final SecurityContextHolderStrategy contexts;

    public CurrentUser(AuthenticationContext authentication, AccountService accounts,
                       SecurityContextHolderStrategy contexts) {
        this.authentication = authentication;
        this.accounts = accounts;
        this.contexts = contexts;
    }

    public Optional<AppUser> get() {
        return authentication.getPrincipalName().flatMap(accounts::findByUsername);
    }

    /**
     * The signed-in account's id, from the session's principal (no database read); an account signed
     * in some other way (a test's plain principal) is looked up by name.
     */
    public long id() {
        var signedIn = contexts.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof SignedInUser user ? user.userId() : require().getId();
    }

    public AppUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    public boolean isInstructor() {
        return authentication.hasRole(Role.INSTRUCTOR.name());
    }

    public void logout() {
        authentication.logout();
    }
}
