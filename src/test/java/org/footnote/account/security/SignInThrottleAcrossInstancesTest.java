package org.footnote.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.footnote.support.PostgresSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in throttle holds across app instances: failures counted by one instance count on the
 * other, and a sign-in on one clears the lock for both, because each check reads the database
 * (there is no copy in memory). The second instance is a throttle on a pool of its own.
 */
class SignInThrottleAcrossInstancesTest extends PostgresSpringTest {

    @Autowired
    SignInThrottle one;
    @Value("${spring.datasource.url}")
    String url;

    @Test
    void failuresOnEitherInstanceAddUpAndASignInOnOneClearsBoth() {
        String address = "203.0.113.7";
        String username = "amina-" + UUID.randomUUID().toString().substring(0, 8);
        try (HikariDataSource pool = pool()) {
            SignInThrottle two = new SignInThrottle(new JdbcTemplate(pool), clock, pool);

            for (int failure = 1; failure <= ThrottlePolicy.ADDRESS_AND_ACCOUNT.free(); failure++) {
                assertThat(one.lockRemaining(address, username, false)).as("before failure %d", failure).isEmpty();
                assertThat(two.lockRemaining(address, username, false)).as("before failure %d", failure).isEmpty();
                (failure % 2 == 0 ? two : one).recordFailure(address, username);
            }

            assertThat(one.lockRemaining(address, username, false)).as("locked on the first").isPresent();
            assertThat(two.lockRemaining(address, username, false)).as("locked on the second").isPresent();
            two.recordSuccess(address, username);
            assertThat(one.lockRemaining(address, username, false)).as("cleared on the first too").isEmpty();
        }
    }

    private HikariDataSource pool() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(org.footnote.support.Postgres.USER);
        config.setPassword(org.footnote.support.Postgres.PASSWORD);
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }
}
