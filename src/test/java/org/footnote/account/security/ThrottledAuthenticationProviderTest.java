package org.footnote.account.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** When the sign-in records cannot be read or written, the user is told so, not "wrong password". */
class ThrottledAuthenticationProviderTest {

    @Test
    void aStorageFailureIsCannotSignYouInRightNow() {
        // A database without the throttle's table fails every read and write, as a full disk does.
        var broken = new JdbcDataSource();
        broken.setURL("jdbc:h2:mem:no-throttle-table");
        var jdbc = new JdbcTemplate(broken);
        var throttle = new SignInThrottle(jdbc, Clock.systemUTC(), broken);
        AuthenticationProvider passwords = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication a) {
                return UsernamePasswordAuthenticationToken.authenticated(a.getName(), null, java.util.List.of());
            }

            @Override
            public boolean supports(Class<?> type) {
                return true;
            }
        };
        var provider = new ThrottledAuthenticationProvider(passwords, throttle, new KnownDevices(jdbc, Clock.systemUTC()), null);

        assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("amina", "pw")))
                .isInstanceOf(InternalAuthenticationServiceException.class);
    }
}
