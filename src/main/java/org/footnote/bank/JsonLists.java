package org.footnote.bank;

import java.util.List;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Lists stored as JSON text in one column: portable across H2 and PostgreSQL. */
final class JsonLists {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLists() {
    }

    static String write(Object list) {
        return JSON.writeValueAsString(list);
    }

    static List<String> strings(String json) {
        return json == null || json.isBlank() ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
    }

    static List<QuestionSpec.OrderingItem> items(String json) {
        return json == null || json.isBlank() ? List.of()
                : JSON.readValue(json, new TypeReference<List<QuestionSpec.OrderingItem>>() { });
    }
}
