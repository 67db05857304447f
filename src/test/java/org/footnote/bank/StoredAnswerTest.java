package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoredAnswerTest {

    @Test
    void anOrderingReadsAsItsItemsNeverAsJson() {
        String stored = "[\"Tajik imports from Russia\",\"Border guards formed\"]";
        assertThat(StoredAnswer.items(Format.ORDERING, stored)).containsExactly("Tajik imports from Russia", "Border guards formed");
        assertThat(StoredAnswer.display(Format.ORDERING, stored)).isEqualTo("Tajik imports from Russia \u2192 Border guards formed");
    }

    @Test
    void otherFormatsKeepTheirTextAndTrueFalseIsCapitalised() {
        assertThat(StoredAnswer.items(Format.SHORT_ANSWER, "[not a list]")).isEmpty();
        assertThat(StoredAnswer.display(Format.SHORT_ANSWER, "[not a list]")).isEqualTo("[not a list]");
        assertThat(StoredAnswer.display(Format.TRUE_FALSE, "true")).isEqualTo("True");
        assertThat(StoredAnswer.display(Format.ORDERING, null)).isEmpty();
    }
}
