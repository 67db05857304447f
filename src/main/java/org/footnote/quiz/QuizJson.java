package org.footnote.quiz;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** JSON text for the few list and settings columns of attempts. */
final class QuizJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private QuizJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static List<String> strings(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
    }
}
