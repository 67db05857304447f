package org.footnote.classes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class JoinCodesTest {

    @RepeatedTest(20)
    void codesAreTwoGroupsOfFourUnambiguousCharacters() {
        assertThat(JoinCodes.next()).matches("[" + JoinCodes.ALPHABET + "]{4}-[" + JoinCodes.ALPHABET + "]{4}")
                .doesNotContainPattern("[0O1IL2Z5S8B]");
    }

    @Test
    void typedCodesAreNormalised() {
        assertThat(JoinCodes.normalise(" hkqp7xmw ")).isEqualTo("HKQP-7XMW");
        assertThat(JoinCodes.normalise("HKQP - 7XMW")).isEqualTo("HKQP-7XMW");
        assertThat(JoinCodes.normalise("short")).isEqualTo("SHORT");
        assertThat(JoinCodes.normalise(null)).isEmpty();
    }
}
