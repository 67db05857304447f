package org.footnote.account.security;

import org.footnote.account.AccountService;
import java.util.List;
import org.footnote.account.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Spring Security's view of our accounts; used only by our throttled provider (not a bean, so no other provider uses it). */
class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    AccountUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(u -> new SignedInUser(u.getId(), u.getUsername(), u.getPasswordHash(),
                        List.of(new SimpleGrantedAuthority(u.getRole().authority()))))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
