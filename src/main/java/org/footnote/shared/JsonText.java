package org.footnote.shared;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lists and small records stored as JSON text in one column: portable across H2 and PostgreSQL,
 * and not worth a table of their own.
 */
public final class JsonText {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonText() {
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    public static List<String> strings(String json) {
        return read(json, new TypeReference<List<String>>() { });
    }

    /** Reads {@code json} as {@code type}; null or blank text reads as an empty list. */
    public static <T> List<T> read(String json, TypeReference<List<T>> type) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, type);
    }
}
