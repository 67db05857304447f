package org.footnote.account.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Devices an account signed in from: each gets a random token in a long-lived cookie, of which only
 * a hash is kept. A known device lets its owner in while the account is locked against strangers.
 */
@Component
public class KnownDevices {

    /** The cookie that names a device. */
    public static final String COOKIE = "footnote-device";
    /** How long a device is remembered without signing in. */
    static final java.time.Duration REMEMBERED = java.time.Duration.ofDays(180);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final Clock clock;

    KnownDevices(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether {@code token} names a device that {@code userId} signed in from, lately. */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
    public boolean belongsTo(String token, Long userId) {
        if (token == null || token.isBlank() || userId == null) {
            return false;
        }
        Integer n = jdbc.queryForObject("select count(*) from known_device where token_hash = ? and user_id = ? "
                + "and last_seen_at > ?", Integer.class, hash(token), userId, Timestamp.from(clock.instant().minus(REMEMBERED)));
        return n != null && n > 0;
    }

    /** After {@code userId} signed in: the device's token, kept if it was theirs already, else a new one. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String remember(Long userId, String presented) {
        var now = Timestamp.from(clock.instant());
        if (presented != null && !presented.isBlank() && jdbc.update("update known_device set last_seen_at = ? "
                + "where token_hash = ? and user_id = ?", now, hash(presented), userId) == 1) {
            return presented;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.update("insert into known_device (token_hash, user_id, created_at, last_seen_at) values (?, ?, ?, ?)",
                hash(token), userId, now, now);
        return token;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
