package org.footnote.bank.gift;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** An uploaded GIFT or Moodle XML file's bytes as text, or a clear refusal: too large, or not text. Plain Java. */
public final class GiftFile {

    /** The largest file read: a thousand questions of GIFT are well under it. */
    public static final int MAX_BYTES = 1_000_000;

    /** Why a file was not read, in words for the person who uploaded it. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    private GiftFile() {
    }

    /**
     * The file's text (UTF-8, a byte-order mark dropped).
     *
     * @throws Refused when it is over {@link #MAX_BYTES}, holds NUL bytes, or is not valid UTF-8
     */
    public static String text(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new Refused("The file is larger than 1 MB, so it was not read. Split it into smaller files.");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new Refused("This is not a text file (it holds binary data), so it was not read. "
                        + "Upload a GIFT or Moodle XML file saved as text (UTF-8).");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new Refused("The file is not UTF-8 text, so it was not read. Save it as UTF-8 (Moodle's own "
                    + "exports are) and upload it again.");
        }
    }
}
