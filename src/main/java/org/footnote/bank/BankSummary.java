package org.footnote.bank;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.files.DocumentSpec;

/** Active questions counted by document, kind and format. */
public record BankSummary(List<Row> rows) {

    /** One document's counts. */
    public record Row(String documentId, String title, Map<Kind, Integer> byKind, Map<Format, Integer> byFormat) {

        public int total() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public int total() {
        return rows.stream().mapToInt(Row::total).sum();
    }

    public int count(Kind kind) {
        return rows.stream().mapToInt(r -> r.byKind().getOrDefault(kind, 0)).sum();
    }

    public int count(Format format) {
        return rows.stream().mapToInt(r -> r.byFormat().getOrDefault(format, 0)).sum();
    }

    /** Builds the summary from (document id, kind, format, count) tuples. */
    public static BankSummary of(Map<String, String> titles, List<Object[]> counts) {
        Map<String, Map<Kind, Integer>> kinds = new LinkedHashMap<>();
        Map<String, Map<Format, Integer>> formats = new LinkedHashMap<>();
        titles.keySet().forEach(id -> {
            kinds.put(id, new EnumMap<>(Kind.class));
            formats.put(id, new EnumMap<>(Format.class));
        });
        for (Object[] c : counts) {
            String id = (String) c[0];
            int n = ((Number) c[3]).intValue();
            kinds.computeIfAbsent(id, k -> new EnumMap<>(Kind.class)).merge((Kind) c[1], n, Integer::sum);
            formats.computeIfAbsent(id, k -> new EnumMap<>(Format.class)).merge((Format) c[2], n, Integer::sum);
        }
        // Documents without active questions (e.g. ones dropped from the bank) are left out.
        return new BankSummary(kinds.keySet().stream().filter(id -> !kinds.get(id).isEmpty())
                .map(id -> new Row(id, titles.getOrDefault(id, id), kinds.get(id), formats.get(id))).toList());
    }

    /** Counts a loaded bank's questions, without a database (for reports and the bank's README). */
    public static BankSummary of(LoadedBank bank) {
        Map<String, String> titles = new LinkedHashMap<>();
        bank.documents().stream().sorted(java.util.Comparator.comparing(DocumentSpec::id))
                .forEach(d -> titles.put(d.id(), d.title()));
        Map<List<Object>, Long> counts = bank.questions().stream().collect(java.util.stream.Collectors.groupingBy(
                q -> List.of(q.documentId(), q.kind(), q.format()), java.util.stream.Collectors.counting()));
        return of(titles, counts.entrySet().stream()
                .map(e -> new Object[] {e.getKey().get(0), e.getKey().get(1), e.getKey().get(2), e.getValue()}).toList());
    }

    /** The summary as a Markdown table (documents x kinds, then formats), for README and reports. */
    public String toMarkdown() {
        StringBuilder sb = new StringBuilder("| document |");
        for (Kind k : Kind.values()) {
            sb.append(' ').append(k.code()).append(" |");
        }
        for (Format f : Format.values()) {
            sb.append(' ').append(f.code()).append(" |");
        }
        sb.append(" total |\n|---|").append("---:|".repeat(Kind.values().length + Format.values().length + 1)).append('\n');
        for (Row r : rows) {
            sb.append("| ").append(r.documentId()).append(" |");
            for (Kind k : Kind.values()) {
                sb.append(' ').append(r.byKind().getOrDefault(k, 0)).append(" |");
            }
            for (Format f : Format.values()) {
                sb.append(' ').append(r.byFormat().getOrDefault(f, 0)).append(" |");
            }
            sb.append(' ').append(r.total()).append(" |\n");
        }
        sb.append("| **all** |");
        for (Kind k : Kind.values()) {
            sb.append(' ').append(count(k)).append(" |");
        }
        for (Format f : Format.values()) {
            sb.append(' ').append(count(f)).append(" |");
        }
        sb.append(' ').append(total()).append(" |\n");
        return sb.toString();
    }
}
