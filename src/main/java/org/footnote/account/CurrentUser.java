package org.footnote.account;

import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.account.Role;
import org.springframework.stereotype.Component;

/** Who is signed in, for views and services; services still check access themselves. */
@Component
public class CurrentUser {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    public CurrentUser(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

    public Optional<AppUser> get() {
        return authentication.getPrincipalName().flatMap(accounts::findByUsername);
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
