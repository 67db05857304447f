package org.footnote.quiz.grading;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Spellings of one name across the documents (Rahmon / Rakhmonov): words are compared by their group. */
public final class NameVariants {

    public static final NameVariants NONE = new NameVariants(List.of());
    private final Map<String, String> canonical = new HashMap<>();

    public NameVariants(List<List<String>> groups) {
        for (List<String> group : groups) {
            String key = Normaliser.normalise(group.getFirst());
            group.forEach(name -> canonical.put(Normaliser.normalise(name), key));
        }
    }

    /** Each word replaced by the first spelling of its group, for comparison. */
    String canonicalise(String normalised) {
        return Arrays.stream(normalised.split(" ")).map(w -> canonical.getOrDefault(w, w)).collect(Collectors.joining(" "));
    }
}
