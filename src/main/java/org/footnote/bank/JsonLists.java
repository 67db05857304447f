package org.footnote.bank;

import java.util.List;
import org.footnote.shared.JsonText;
import tools.jackson.core.type.TypeReference;

/** The bank's list columns. */
final class JsonLists {

    private JsonLists() {
    }

    static String write(Object list) {
        return JsonText.write(list);
    }

    static List<String> strings(String json) {
        return JsonText.strings(json);
    }

    static List<List<String>> lists(String json) {
        return json == null ? List.of() : JsonText.read(json, new TypeReference<List<List<String>>>() { });
    }

    static List<QuestionSpec.OrderingItem> items(String json) {
        return JsonText.read(json, new TypeReference<List<QuestionSpec.OrderingItem>>() { });
    }
}
