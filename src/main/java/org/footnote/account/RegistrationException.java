package org.footnote.account;

import java.util.List;
import java.util.Map;

/**
 * Account details refused (registration, a colleague's account, a password change); {@link #problems()}
 * maps each form field to what is wrong with it.
 */
public class RegistrationException extends RuntimeException {

    public enum Field { DISPLAY_NAME, USERNAME, PASSWORD, CURRENT_PASSWORD }

    private final Map<Field, List<String>> problems;

    public RegistrationException(Map<Field, List<String>> problems) {
        super("Account details refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, List<String>> problems() {
        return problems;
    }
}
