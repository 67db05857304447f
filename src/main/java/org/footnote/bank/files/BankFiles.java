package org.footnote.bank.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.QuestionSpec;

/**
 * Reads the bank's files ({@code documents/*.md}, {@code questions/*.yaml}, {@code names.yaml},
 * {@code abbreviations.yaml}) into
 * specs, collecting every problem of form (bad YAML, missing or unknown fields) with file and line.
 * The rules that relate questions to documents are {@link BankValidator}'s.
 */
public final class BankFiles {

    /** Placeholders for an unknown value, which citations would print as if they were a publisher. */
    private static final Pattern UNSTATED = Pattern.compile("(?i)not stated|unknown|none|n/?a|-+|\\?");

    private final Path root;
    private final List<BankProblem> problems = new ArrayList<>();

    private BankFiles(Path root) {
        this.root = root;
    }

    /** Everything in the bank folder, as read; {@link ParsedBank#problems()} holds what could not be read. */
    public static ParsedBank read(Path root) {
        return new BankFiles(root).readAll();
    }

    private ParsedBank readAll() {
        if (!Files.isDirectory(root)) {
            problems.add(new BankProblem(root.toString(), 0, "the question bank folder does not exist"));
            return new ParsedBank(List.of(), List.of(), List.of(), List.of(), problems);
        }
        List<DocumentSpec> documents = new ArrayList<>();
        for (Path file : list("documents", ".md")) {
            readDocument(file, documents);
        }
        List<QuestionSpec> questions = new ArrayList<>();
        for (Path file : list("questions", ".yaml")) {
            readQuestions(file, questions);
        }
        List<List<String>> names = readGroups("names.yaml", "a group lists two or more spellings");
        List<List<String>> abbreviations = readGroups("abbreviations.yaml",
                "an entry lists the full name, then at least one abbreviation or other name");
        return new ParsedBank(documents, questions, names, abbreviations, problems);
    }

    private List<Path> list(String folder, String suffix) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            problems.add(new BankProblem(folder, 0, "folder missing"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private void readDocument(Path file, List<DocumentSpec> out) {
        String where = name(file);
        String text = readString(file);
        if (!text.startsWith("---")) {
            problems.add(new BankProblem(where, 1, "a document starts with YAML front matter between '---' lines"));
            return;
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            problems.add(new BankProblem(where, 1, "the front matter has no closing '---' line"));
            return;
        }
        Node front = compose(where, text.substring(3, end));
        if (front == null) {
            return;
        }
        Map<String, Node> fields = YamlNodes.mapping(front);
        String id = required(where, fields, "id", front);
        String title = required(where, fields, "title", front);
        String author = required(where, fields, "author", front);
        String publisher = publisher(where, fields);
        String published = required(where, fields, "published", front);
        String fileId = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (id != null && !id.equals(fileId)) {
            problems.add(new BankProblem(where, YamlNodes.line(fields.get("id")), "front matter id '" + id + "' differs from the file name"));
        }
        if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            problems.add(new BankProblem(where, YamlNodes.line(fields.get("published")),
                    "published must be an ISO date (2022-10-31) or a year (1999)"));
        }
        String body = text.substring(text.indexOf('\n', end + 1) + 1);
        if (id != null && title != null && author != null && published != null) {
            out.add(new DocumentSpec(id, title, author, publisher, published, YamlNodes.text(fields.get("url")),
                    YamlNodes.text(fields.get("notes")), body));
        }
    }

    private void readQuestions(Path file, List<QuestionSpec> out) {
        String where = name(file);
        Node root = compose(where, readString(file));
        if (root == null) {
            return;
        }
        if (YamlNodes.items(root).isEmpty()) {
            problems.add(new BankProblem(where, 1, "a questions file is a YAML list of questions"));
            return;
        }
        for (Node node : YamlNodes.items(root)) {
            QuestionSpec q = question(where, node);
            if (q != null) {
                out.add(q);
            }
        }
    }

    private QuestionSpec question(String where, Node node) {
        int line = YamlNodes.line(node);
        Map<String, Node> f = YamlNodes.mapping(node);
        int before = problems.size();
        String id = required(where, f, "id", node);
        String kindText = required(where, f, "kind", node);
        String formatText = required(where, f, "format", node);
        String prompt = required(where, f, "prompt", node);
        Kind kind = kindText == null ? null : parseKind(where, f.get("kind"), kindText);
        Format format = formatText == null ? null : Format.fromCode(formatText);
        if (formatText != null && format == null) {
            problems.add(new BankProblem(where, YamlNodes.line(f.get("format")),
                    "unknown format '" + formatText + "' (multiple-choice, true-false, short-answer, ordering)"));
        }
        Map<String, Node> source = YamlNodes.mapping(f.get("source"));
        String document = required(where, source, "document", f.getOrDefault("source", node));
        String quote = required(where, source, "quote", f.getOrDefault("source", node));
        int difficulty = difficulty(where, f.get("difficulty"));
        List<QuestionSpec.OrderingItem> items = new ArrayList<>();
        for (Node item : YamlNodes.items(f.get("items"))) {
            Map<String, Node> i = YamlNodes.mapping(item);
            String text = required(where, i, "text", item);
            String itemQuote = required(where, i, "quote", item);
            String itemDocument = YamlNodes.text(i.get("document"));
            items.add(new QuestionSpec.OrderingItem(text, itemDocument != null ? itemDocument : document, itemQuote));
        }
        List<List<String>> keyTerms = new ArrayList<>();
        for (Node idea : YamlNodes.items(f.get("key_terms"))) {
            keyTerms.add(YamlNodes.texts(idea));
        }
        if (f.containsKey("key_terms") && keyTerms.isEmpty()) {
            problems.add(new BankProblem(where, YamlNodes.line(f.get("key_terms")),
                    "key_terms is a list of ideas, each a list of the terms that express it"));
        }
        if (problems.size() > before) {
            return null;
        }
        String answer = YamlNodes.text(f.get("answer"));
        return new QuestionSpec(id, kind, format, prompt, answer == null ? "" : answer, YamlNodes.texts(f.get("accept")),
                YamlNodes.texts(f.get("distractors")), items, difficulty, YamlNodes.texts(f.get("tags")), document,
                quote, YamlNodes.text(f.get("explanation")), keyTerms, where, line);
    }

    private Kind parseKind(String where, Node node, String text) {
        try {
            return Kind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new BankProblem(where, YamlNodes.line(node),
                    "unknown kind '" + text + "' (date, actor, cause, figure, place, term)"));
            return null;
        }
    }

    private int difficulty(String where, Node node) {
        String text = YamlNodes.text(node);
        if (text == null) {
            problems.add(new BankProblem(where, YamlNodes.line(node), "difficulty missing (1 recall .. 3 inference)"));
            return 0;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problems.add(new BankProblem(where, YamlNodes.line(node), "difficulty must be 1, 2 or 3, not '" + text + "'"));
            return 0;
        }
    }

    /** A file that lists groups of equivalent forms, one YAML list per group, if the bank has it. */
    private List<List<String>> readGroups(String fileName, String tooShort) {
        Path file = root.resolve(fileName);
        if (!Files.exists(file)) {
            return List.of();
        }
        Node node = compose(fileName, readString(file));
        List<List<String>> groups = new ArrayList<>();
        for (Node group : YamlNodes.items(node)) {
            List<String> forms = YamlNodes.texts(group);
            if (forms.size() < 2) {
                problems.add(new BankProblem(fileName, YamlNodes.line(group), tooShort));
            } else {
                groups.add(forms);
            }
        }
        return groups;
    }

    /** Optional: a document that names no publisher leaves the key out, rather than saying so in a placeholder. */
    private String publisher(String where, Map<String, Node> fields) {
        String value = YamlNodes.text(fields.get("publisher"));
        if (value != null && UNSTATED.matcher(value).matches()) {
            problems.add(new BankProblem(where, YamlNodes.line(fields.get("publisher")),
                    "leave publisher out when the document does not name one (it says '" + value + "')"));
            return null;
        }
        return value;
    }

    private String required(String where, Map<String, Node> fields, String key, Node owner) {
        String value = YamlNodes.text(fields.get(key));
        if (value == null) {
            problems.add(new BankProblem(where, YamlNodes.line(fields.getOrDefault(key, owner)), key + " is missing or empty"));
        }
        return value;
    }

    private Node compose(String where, String yaml) {
        try {
            return new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            problems.add(new BankProblem(where, e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(new BankProblem(where, 0, "not valid YAML: " + e.getMessage()));
        }
        return null;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
