package org.footnote.classes;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Class join codes: eight characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z,
 * 5/S, 8/B), shown as two groups of four ("HKQP-7XMW"); typed in any case, with or without the dash.
 */
public final class JoinCodes {

    static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    public static String next() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of what a student typed: upper case, dash in place, nothing else. */
    public static String normalise(String typed) {
        String s = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return s.length() == 8 ? s.substring(0, 4) + "-" + s.substring(4) : s;
    }
}
