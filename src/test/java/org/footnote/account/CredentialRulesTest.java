package org.footnote.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialRulesTest {

    @Test
    void usernamesAreStoredInLowerCaseWithoutSurroundingSpace() {
        assertThat(CredentialRules.normaliseUsername("  Aziz.Karimov@Example.org ")).isEqualTo("aziz.karimov@example.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"amina", "a.k@uni.tj", "student_42", "x-y+z"})
    void acceptsOrdinaryUsernamesAndEmails(String username) {
        assertThat(CredentialRules.usernameProblems(username)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ab", "has space", "-dash-first", "semi;colon"})
    void refusesMalformedUsernames(String username) {
        assertThat(CredentialRules.usernameProblems(username)).hasSize(1);
    }

    @Test
    void acceptsALongPassphrase() {
        assertThat(CredentialRules.passwordProblems("the treaty of 1997 was signed", "amina")).isEmpty();
    }

    @Test
    void refusesShortPasswordsWithTheMinimumInTheMessage() {
        assertThat(CredentialRules.passwordProblems("short1", "amina"))
                .singleElement().asString().contains("at least 10 characters");
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThat(CredentialRules.passwordProblems("Password123", "amina"))
                .anySatisfy(p -> assertThat(p).contains("commonly used"));
    }

    @Test
    void refusesPasswordsContainingTheUsername() {
        assertThat(CredentialRules.passwordProblems("my name is amina!", "Amina"))
                .anySatisfy(p -> assertThat(p).contains("username"));
    }

    @Test
    void refusesPasswordsOfFewDistinctCharacters() {
        assertThat(CredentialRules.passwordProblems("abababababab", "amina"))
                .anySatisfy(p -> assertThat(p).contains("different characters"));
    }

    @Test
    void refusesPasswordsLongerThanBcryptReadsCountedInBytes() {
        assertThat(CredentialRules.passwordProblems("x1y2z3".repeat(12), "amina")).isEmpty(); // 72 bytes
        assertThat(CredentialRules.passwordProblems("x1y2z3".repeat(12) + "q", "amina"))
                .containsExactly("Use at most 72 bytes: about 72 plain letters, fewer with accents or emoji.");
        // 45 characters, but 77 bytes in UTF-8: too long for bcrypt.
        assertThat(CredentialRules.passwordProblems("Душанбе и Москва: договор о дружбе 1999 года!", "amina"))
                .anySatisfy(p -> assertThat(p).contains("at most 72 bytes"));
    }

    @Test
    void displayNameIsRequiredAndBounded() {
        assertThat(CredentialRules.displayNameProblems(" ")).hasSize(1);
        assertThat(CredentialRules.displayNameProblems("n".repeat(81))).hasSize(1);
        assertThat(CredentialRules.displayNameProblems("Amina Rahimova")).isEmpty();
    }
}
