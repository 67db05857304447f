package org.footnote.load;

import java.util.Iterator;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Feeds each arriving virtual user one of the seeded accounts, in order, as {@code username}. */
final class Users {

    private Users() {
    }

    static Iterator<Map<String, Object>> named(int count, IntFunction<String> username) {
        return IntStream.rangeClosed(1, count).<Map<String, Object>>mapToObj(i -> Map.of("username", username.apply(i)))
                .iterator();
    }
}
