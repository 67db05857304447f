package org.footnote.quiz.grading;

/**
 * Whether a typed word is a slip of the fingers for another: a letter missing, doubled or added,
 * two neighbours swapped, or a key hit beside the right one (on a QWERTY keyboard), or one vowel for
 * another. Any other change of letter ("Alimov" for "Azimov") is a different word, not a slip. The
 * first letter must stand (people rarely mistype it); short words allow no slip at all, since one
 * letter there makes another word.
 */
final class Typos {

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final double[] ROW_OFFSET = {0, 0.25, 0.75};
    private static final String VOWELS = "aeiouy";
    private static final int FORBIDDEN = 9;
    /** Letters written for one another because they sound alike: "Moskow", "Tashkend", "Rosvoorujeniye". */
    private static final java.util.Set<String> SOUNDS_ALIKE = java.util.Set.of("ck", "kc", "cs", "sc", "sz", "zs",
            "kq", "qk", "vw", "wv", "fv", "vf", "td", "dt", "jy", "yj", "gj", "jg", "zj", "jz");

    private Typos() {
    }

    /** Slips allowed in a word of this many letters: none up to 3, one up to 7, two from 8. */
    static int allowed(String expected) {
        int letters = expected.length();
        return letters >= 8 ? 2 : letters >= 4 ? 1 : 0;
    }

    /** Whether {@code typed} is {@code expected} with at most {@link #allowed} slips (and not equal to it). */
    static boolean isSlip(String typed, String expected) {
        if (expected.length() == 3 && doubled(typed, expected)) {
            return true; // "Olli" for "Oli": a doubled letter is a slip even in a short word
        }
        int budget = allowed(expected);
        if (budget == 0 || typed.equals(expected) || Math.abs(typed.length() - expected.length()) > budget
                || typed.isEmpty()) {
            return false;
        }
        boolean firstStands = typed.charAt(0) == expected.charAt(0)
                || (typed.length() > 1 && expected.length() > 1 && typed.charAt(0) == expected.charAt(1)
                && typed.charAt(1) == expected.charAt(0));
        return firstStands && distance(typed, expected) <= budget;
    }

    private static boolean doubled(String typed, String expected) {
        for (int i = 0; i < expected.length(); i++) {
            String twice = expected.substring(0, i + 1) + expected.charAt(i) + expected.substring(i + 1);
            if (twice.equals(typed)) {
                return true;
            }
        }
        return false;
    }

    /** Optimal string alignment distance with keyboard-aware substitutions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                char x = a.charAt(i - 1);
                char y = b.charAt(j - 1);
                int cost = x == y ? 0 : substitution(x, y);
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
            }
        }
        return d[a.length()][b.length()];
    }

    private static int substitution(char x, char y) {
        if (VOWELS.indexOf(x) >= 0 && VOWELS.indexOf(y) >= 0 || SOUNDS_ALIKE.contains("" + x + y)) {
            return 1;
        }
        return neighbours(x, y) ? 1 : FORBIDDEN;
    }

    private static boolean neighbours(char x, char y) {
        int[] px = position(x);
        int[] py = position(y);
        if (px == null || py == null) {
            return false;
        }
        if (px[0] == py[0]) {
            return Math.abs(px[1] - py[1]) == 1;
        }
        // Rows are staggered, so a key touches the two keys nearest to it in the row above or below.
        return Math.abs(px[0] - py[0]) == 1 && Math.abs(px[1] + ROW_OFFSET[px[0]] - py[1] - ROW_OFFSET[py[0]]) < 1;
    }

    private static int[] position(char c) {
        for (int r = 0; r < ROWS.length; r++) {
            int col = ROWS[r].indexOf(c);
            if (col >= 0) {
                return new int[] {r, col};
            }
        }
        return null;
    }
}
