package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentInfoTest {

    @Test
    void aNamedAuthorIsShortenedToTheSurnameAndYear() {
        assertThat(new DocumentInfo("o", "T", "Mouzaffar Olimov", "SIPRI", "1999", null, null).shortName())
                .isEqualTo("Olimov (1999)");
        assertThat(new DocumentInfo("d", "T", "Theo Dyer", "n/a", "2025-09-26", null, null).shortName())
                .isEqualTo("Dyer (2025)");
    }

    @Test
    void anUnnamedAuthorIsDescribedByWhatIsKnown() {
        assertThat(new DocumentInfo("e", "Foreign Policy of New Russia with Tajikistan", "Unknown (student essay)",
                "GradesFixer", "2021-10-25", null, null).shortName()).isEqualTo("Student essay (2021)");
    }
}
