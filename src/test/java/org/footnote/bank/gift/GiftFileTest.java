package org.footnote.bank.gift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An upload's bytes as text, or a refusal that says why. */
class GiftFileTest {

    @Test
    void utf8TextIsReadAndAByteOrderMarkDropped() {
        assertThat(GiftFile.text("\uFEFFQu\u2019est-ce? {T}".getBytes(StandardCharsets.UTF_8))).isEqualTo("Qu\u2019est-ce? {T}");
        byte[] limit = new byte[GiftFile.MAX_BYTES];
        java.util.Arrays.fill(limit, (byte) 'a');
        assertThat(GiftFile.text(limit)).hasSize(GiftFile.MAX_BYTES);
    }

    @Test
    void largeBinaryAndNonUtf8FilesAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> GiftFile.text(new byte[GiftFile.MAX_BYTES + 1])).isInstanceOf(GiftFile.Refused.class)
                .hasMessageContaining("larger than 1 MB");
        assertThatThrownBy(() -> GiftFile.text(new byte[] {'a', 0, 'b'})).hasMessageContaining("not a text file");
        assertThatThrownBy(() -> GiftFile.text(new byte[] {'a', (byte) 0xE9, 'b'})).hasMessageContaining("not UTF-8");
    }
}
