package org.footnote.bank;

import java.util.Locale;

/** What a question asks about. */
public enum Kind {
    DATE("Dates"), ACTOR("Actors"), CAUSE("Causes"), FIGURE("Figures"), PLACE("Places"), TERM("Terms");

    private final String plural;

    Kind(String plural) {
        this.plural = plural;
    }

    /** "Dates", "Actors", ... as shown to users. */
    public String plural() {
        return plural;
    }

    /** The answer of these kinds must stand in the quoted passage, where it is highlighted. */
    public boolean answerMustBeQuoted() {
        return this == DATE || this == ACTOR || this == FIGURE || this == PLACE;
    }

    /** As written in bank files: {@code date}, {@code actor}, ... (never shown to users: see {@link #plural()}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind written as {@code code}, or null. */
    public static Kind fromCode(String code) {
        for (Kind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        return null;
    }
}
