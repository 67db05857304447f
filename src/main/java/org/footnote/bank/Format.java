package org.footnote.bank;

import java.util.Locale;

/** How a question is put to the student. */
public enum Format {
    MULTIPLE_CHOICE("Multiple choice"), TRUE_FALSE("True or false"), SHORT_ANSWER("Short answer"), ORDERING("Ordering");

    private final String label;

    Format(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** As written in bank files: {@code multiple-choice}, {@code true-false}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Format fromCode(String code) {
        for (Format f : values()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        return null;
    }
}
