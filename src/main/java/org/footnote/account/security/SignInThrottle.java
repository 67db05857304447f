package org.footnote.account.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.footnote.shared.persistence.Dialects;
import org.footnote.shared.persistence.Upsert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting anyone lock an account out: failures count per
 * address and account (the owner's typos, or one guesser), per address (one password sprayed over
 * many accounts) and per account (many addresses guessing one account). The last is slower, and
 * a device the account's owner signed in from before passes it, so the owner still gets in while
 * strangers are kept out. Kept in the database: it holds across restarts and app instances. Each
 * lock that begins is logged.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);
    private static final Upsert SAVE = Upsert.into("sign_in_failures", "subject")
            .setting("failures", "locked_until", "last_failure");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Upsert.Dialect dialect;

    SignInThrottle(JdbcTemplate jdbc, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dialect = Dialects.of(dataSource);
    }

    /** How long a sign-in for {@code username} from {@code address} must wait, if at all. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public Optional<Duration> lockRemaining(String address, String username, boolean knownDevice) {
        Instant now = clock.instant();
        Duration wait = ThrottlePolicy.remaining(state(pair(address, username)), now);
        if (!knownDevice) {
            wait = longest(wait, ThrottlePolicy.remaining(state(address(address)), now));
            wait = longest(wait, ThrottlePolicy.remaining(state(account(username)), now));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String address, String username) {
        Instant now = clock.instant();
        fail(pair(address, username), ThrottlePolicy.ADDRESS_AND_ACCOUNT, now);
        fail(address(address), ThrottlePolicy.ADDRESS, now);
        fail(account(username), ThrottlePolicy.ACCOUNT, now);
    }

    /** The account's owner got in: their own failures are forgiven (the address's are not). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String address, String username) {
        jdbc.update("delete from sign_in_failures where subject in (?, ?)", pair(address, username), account(username));
    }

    private void fail(String subject, ThrottlePolicy policy, Instant now) {
        ThrottlePolicy.State before = state(subject);
        ThrottlePolicy.State after = policy.fail(before, now);
        SAVE.run(jdbc, dialect, subject, after.failures(),
                after.lockedUntil() == null ? null : Timestamp.from(after.lockedUntil()), Timestamp.from(now));
        if (after.lockedUntil() != null && ThrottlePolicy.remaining(before, now).isZero()) {
            log.warn("Sign-in locked by {} failures for {} ({}) until {}", after.failures(), subject, policy.name(),
                    after.lockedUntil());
        }
    }

    private ThrottlePolicy.State state(String subject) {
        List<ThrottlePolicy.State> rows = jdbc.query("select failures, locked_until, last_failure from sign_in_failures "
                + "where subject = ?", (rs, n) -> new ThrottlePolicy.State(rs.getInt(1),
                rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getTimestamp(3).toInstant()), subject);
        return rows.isEmpty() ? null : rows.getFirst();
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static String pair(String address, String username) {
        return "pair:" + clean(address) + "|" + key(username);
    }

    static String address(String address) {
        return "address:" + clean(address);
    }

    static String account(String username) {
        return "account:" + key(username);
    }

    private static String key(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > 200 ? u.substring(0, 200) : u;
    }

    private static String clean(String address) {
        return address == null || address.isBlank() ? "unknown" : address.length() > 100 ? address.substring(0, 100) : address;
    }
}
