package org.footnote.bank;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/** A citation's parts (author, publisher, date...) joined, leaving out those a document does not state. */
public final class Citation {

    private Citation() {
    }

    /** The known parts, in order, with the separator only between them: never an empty slot or a dangling comma. */
    public static String join(String separator, String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).map(String::strip).filter(p -> !p.isEmpty())
                .collect(Collectors.joining(separator));
    }
}
