package org.footnote.bank;

import java.util.List;
import org.footnote.shared.JsonText;
import tools.jackson.core.type.TypeReference;

/** The bank's list columns. */
public final class JsonLists {

    private JsonLists() {
    }

    public static String write(Object list) {
        return JsonText.write(list);
    }

    public static List<String> strings(String json) {
        return JsonText.strings(json);
    }

    public static List<List<String>> lists(String json) {
        return json == null ? List.of() : JsonText.read(json, new TypeReference<List<List<String>>>() { });
    }

    public static List<QuestionSpec.OrderingItem> items(String json) {
        return JsonText.read(json, new TypeReference<List<QuestionSpec.OrderingItem>>() { });
    }
}
