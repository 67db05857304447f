package org.footnote.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.footnote.shared.TextHygiene;

/**
 * What makes an acceptable username, display name and password. Plain Java, so the rules are
 * unit-tested and the registration form shows exactly what the service enforces.
 *
 * <p>Passwords follow NIST SP 800-63B: length over composition rules, and no well-known passwords.
 */
public final class CredentialRules {

    public static final int MIN_PASSWORD_LENGTH = 10;
    /** bcrypt reads 72 bytes of a password and refuses more: the limit is in bytes of UTF-8. */
    public static final int MAX_PASSWORD_BYTES = 72;
    public static final int MAX_DISPLAY_NAME = 80;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@+-]{2,79}");
    private static final Set<String> COMMON_PASSWORDS = loadCommonPasswords();

    private CredentialRules() {
    }

    /** The canonical form a username is stored and looked up in. */
    public static String normaliseUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Problems with a username, in words a user understands; empty when it is acceptable. */
    public static List<String> usernameProblems(String username) {
        String u = normaliseUsername(username);
        if (u.isEmpty()) {
            return List.of("Choose a username or use your e-mail address.");
        }
        if (!USERNAME.matcher(u).matches()) {
            return List.of("Use 3 to 80 letters, digits or . _ @ + - (no spaces), starting with a letter or digit.");
        }
        return List.of();
    }

    public static List<String> displayNameProblems(String displayName) {
        String name = displayName == null ? "" : TextHygiene.normalize(displayName).strip();
        if (name.isEmpty()) {
            return List.of("Tell us your name, as your instructor knows you.");
        }
        if (TextHygiene.hasInvisible(name)) {
            return List.of(TextHygiene.INVISIBLE_PROBLEM);
        }
        if (name.length() > MAX_DISPLAY_NAME) {
            return List.of("Keep your name to " + MAX_DISPLAY_NAME + " characters (this one has " + name.length() + ").");
        }
        return List.of();
    }

    /** A display name as stored: composed (NFC) and trimmed. */
    public static String cleanDisplayName(String displayName) {
        return TextHygiene.normalize(displayName).strip();
    }

    /** Problems with a password chosen by {@code username}; empty when it is acceptable. */
    public static List<String> passwordProblems(String password, String username) {
        List<String> problems = new ArrayList<>();
        String p = Objects.requireNonNullElse(password, "");
        if (p.length() < MIN_PASSWORD_LENGTH) {
            problems.add("Use at least " + MIN_PASSWORD_LENGTH + " characters; a short sentence works well.");
        } else if (p.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add("Use at most " + MAX_PASSWORD_BYTES + " bytes: about " + MAX_PASSWORD_BYTES
                    + " plain letters, fewer with accents or emoji.");
        }
        String lower = p.toLowerCase(Locale.ROOT);
        String user = normaliseUsername(username);
        if (!user.isEmpty() && user.length() >= 3 && lower.contains(user)) {
            problems.add("Do not put your username in your password.");
        }
        if (COMMON_PASSWORDS.contains(lower)) {
            problems.add("This password is on lists of commonly used passwords; choose another.");
        } else if (!p.isEmpty() && p.chars().distinct().count() < 4) {
            problems.add("Use more than three different characters.");
        }
        return problems;
    }

    private static Set<String> loadCommonPasswords() {
        var stream = CredentialRules.class.getResourceAsStream("common-passwords.txt");
        if (stream == null) {
            throw new IllegalStateException("common-passwords.txt is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
