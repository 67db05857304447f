package org.footnote.account.security;

import org.footnote.account.AccountService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Checks the throttle before the password, and feeds it each outcome. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final KnownDevices devices;
    private final AccountService accounts;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle, KnownDevices devices,
                                    AccountService accounts) {
        this.delegate = delegate;
        this.throttle = throttle;
        this.devices = devices;
        this.accounts = accounts;
    }

    /**
     * The storage failing at any step (the throttle's records, the device check, the password) is
     * "cannot sign you in right now", never "wrong password" and never an error page.
     */
    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return throttled(authentication);
        } catch (DataAccessException e) {
            throw new InternalAuthenticationServiceException("Sign-in records cannot be read or written", e);
        }
    }

    private Authentication throttled(Authentication authentication) {
        String username = authentication.getName();
        SignInDetails from = authentication.getDetails() instanceof SignInDetails d ? d : new SignInDetails(null, null);
        boolean knownDevice = from.deviceToken() != null && accounts.findByUsername(username)
                .map(u -> devices.belongsTo(from.deviceToken(), u.getId())).orElse(false);
        var locked = throttle.lockRemaining(from.address(), username, knownDevice);
        if (locked.isPresent()) {
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            throttle.recordSuccess(from.address(), username);
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(from.address(), username);
            throw throttle.lockRemaining(from.address(), username, knownDevice)
                    .<RuntimeException>map(LoginThrottledException::new).orElse(e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
