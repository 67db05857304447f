package org.footnote.account;

import java.util.List;
import java.util.Map;

/** Registration refused; {@link #problems()} maps each form field to what is wrong with it. */
public class RegistrationException extends RuntimeException {

    public enum Field { DISPLAY_NAME, USERNAME, PASSWORD }

    private final Map<Field, List<String>> problems;

    public RegistrationException(Map<Field, List<String>> problems) {
        super("Registration refused: " + problems);
        this.problems = Map.copyOf(problems);
    }

    public Map<Field, List<String>> problems() {
        return problems;
    }
}
