package org.footnote.account;

/** What a user may do. Spring Security sees these as {@code ROLE_STUDENT} and {@code ROLE_INSTRUCTOR}. */
public enum Role {
    STUDENT, INSTRUCTOR;

    public static final String STUDENT_NAME = "STUDENT";
    public static final String INSTRUCTOR_NAME = "INSTRUCTOR";

    public String authority() {
        return "ROLE_" + name();
    }
}
