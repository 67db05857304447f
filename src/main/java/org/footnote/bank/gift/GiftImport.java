package org.footnote.bank.gift;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.Format;
import org.footnote.bank.Kind;
import org.footnote.bank.files.QuestionBreach;
import org.footnote.bank.QuestionSpec;

/**
 * Turns a GIFT file, or a Moodle XML file read by {@link MoodleXmlParser}, into draft questions of
 * the bank: what each becomes (with notes on what the file holds that Footnote does not keep), and
 * every problem, each with its line. A file that {@link GiftWriter} or {@link MoodleXmlWriter}
 * wrote comes back whole: id, prompt, format, answers, tags, explanation, document, kind,
 * difficulty and passages. From other files, a {@code $CATEGORY} segment naming a
 * kind (date, actor, ...) or a document id sets it. Plain Java.
 */
public final class GiftImport {

    /**
     * The bank's questions as an import compares with them: by id (a file's name or id number), and by
     * content (the same format, prompt and answer under another name).
     */
    public interface BankLookup {
        Optional<QuestionSpec> byId(String id);

        Optional<QuestionSpec> byContent(QuestionSpec question);

        /** A bank known only by its taken ids: a taken id gets a suffix, as for a question new to it. */
        static BankLookup idsOnly(Predicate<String> idTaken) {
            return new BankLookup() {
                @Override
                public Optional<QuestionSpec> byId(String id) {
                    return Optional.empty();
                }

                @Override
                public Optional<QuestionSpec> byContent(QuestionSpec question) {
                    return Optional.empty();
                }
            };
        }
    }

    /**
     * A file's question the bank already holds, under {@code id}: {@code unchanged} when the file says
     * nothing the bank does not (a second import of the same file), else the file's version differs.
     */
    public record InBank(String id, boolean unchanged) {
    }

    /** A question of the file as it would become a draft; {@code inBank} when the bank holds it already. */
    public record Candidate(int line, QuestionSpec spec, List<String> notes, InBank inBank) {

        public Candidate(int line, QuestionSpec spec, List<String> notes) {
            this(line, spec, notes, null);
        }

        /** Not linked to a document passage yet: it cannot be published until it is. */
        public boolean lacksPassage() {
            return spec.documentId() == null || spec.quote() == null;
        }
    }

    /** The file read: the drafts it would give, and every problem with its line. */
    public record Preview(List<Candidate> candidates, List<GiftProblem> problems) {
        public boolean clean() {
            return problems.isEmpty();
        }

        /** How many of the file's questions the bank holds already. */
        public long held() {
            return candidates.stream().filter(c -> c.inBank() != null).count();
        }

        /** How many of those the file changes. */
        public long heldAndChanged() {
            return candidates.stream().filter(c -> c.inBank() != null && !c.inBank().unchanged()).count();
        }
    }

    private static final Pattern FOOTNOTE = Pattern.compile("(?s)^(.*?)\\s*" + Pattern.quote(GiftWriter.SOURCE)
            + "(.+?)\u201d \u2014 (.+)$");
    private static final Pattern PASSAGE = Pattern.compile("(?s)(\\d+)\\. \u201c(.*?)\u201d(?: \u2014 (.+?))?(?= \\d+\\. \u201c|$)");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int DEFAULT_DIFFICULTY = 2;
    private static final Pattern KIND = Pattern.compile("\\[" + GiftWriter.KIND + "([a-z]+)]");
    private static final Pattern DIFFICULTY = Pattern.compile("\\[" + GiftWriter.DIFFICULTY + "([123])]");
    private static final Pattern ACCEPT = Pattern.compile("\\[" + GiftWriter.ACCEPT + "((?:\\\\]|[^\\]])+)]");
    private static final Pattern KEY_TERMS = Pattern.compile("\\[" + GiftWriter.KEY_TERMS + "((?:\\\\]|[^\\]])+)]");

    private final List<DocumentInfo> documents;
    private final Predicate<String> idTaken;
    private final Set<String> idsInFile = new HashSet<>();
    private final BankLookup bank;

    private GiftImport(List<DocumentInfo> documents, Predicate<String> idTaken, BankLookup bank) {
        this.documents = documents.stream().sorted(Comparator.comparing((DocumentInfo d) -> d.title().length()).reversed()).toList();
        this.idTaken = idTaken;
        this.bank = bank;
    }

    /**
     * Reads {@code text} as GIFT.
     *
     * @param documents the bank's documents, to link a question whose general feedback names its source
     * @param idTaken   whether an id is already used in the bank (a taken id gets a suffix)
     */
    public static Preview read(String text, List<DocumentInfo> documents, Predicate<String> idTaken) {
        return read(GiftParser.parse(text), documents, idTaken);
    }

    /**
     * Turns questions already parsed, from GIFT or by {@link MoodleXmlParser} from Moodle XML, into
     * drafts; the preview holds the parser's problems and its own, sorted by line.
     *
     * @param documents the bank's documents, to link a question whose general feedback names its source
     * @param idTaken   whether an id is already used in the bank (a taken id gets a suffix)
     */
    public static Preview read(GiftParser.Result parsed, List<DocumentInfo> documents, Predicate<String> idTaken) {
        return read(parsed, documents, idTaken, BankLookup.idsOnly(idTaken));
    }

    /**
     * As {@link #read(GiftParser.Result, List, Predicate)}, and each question the bank already holds (by
     * name or by content) is marked {@link InBank} under the bank's id instead of becoming a suffixed copy.
     */
    public static Preview read(GiftParser.Result parsed, List<DocumentInfo> documents, Predicate<String> idTaken,
                               BankLookup bank) {
        var importer = new GiftImport(documents, idTaken, bank);
        List<Candidate> candidates = new ArrayList<>();
        List<GiftProblem> problems = new ArrayList<>(parsed.problems());
        for (GiftQuestion g : parsed.questions()) {
            try {
                Candidate candidate = importer.candidate(g);
                var breaches = org.footnote.bank.files.BankValidator.draftBreaches(candidate.spec());
                if (breaches.isEmpty()) {
                    candidates.add(candidate);
                } else { // a question longer than the bank can store is a problem of the file, not a surprise later
                    problems.add(new GiftProblem(g.line(), breaches.stream().map(QuestionBreach::reason)
                            .collect(java.util.stream.Collectors.joining("; "))));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new GiftProblem(g.line(), e.getMessage()));
            }
        }
        problems.sort(Comparator.comparingInt(GiftProblem::line));
        return new Preview(List.copyOf(candidates), List.copyOf(problems));
    }

    private Candidate candidate(GiftQuestion raw) {
        List<String> notes = new ArrayList<>();
        GiftQuestion g = "html".equals(raw.markup()) ? withoutMarkup(raw, GiftImport::plain, "HTML markup was removed", notes)
                : "markdown".equals(raw.markup()) ? withoutMarkup(raw, GiftImport::unmarked, "Markdown emphasis was removed", notes)
                : raw;
        Source source = source(g.generalFeedback());
        String documentId = source.documentId() != null ? source.documentId() : fromCategory(g.category(), this::documentId);
        Matcher kindToken = KIND.matcher(g.comments());
        Kind kind = kindToken.find() ? kind(kindToken.group(1)) : fromCategory(g.category(), GiftImport::kind);
        String explanation = source.explanation();
        List<GiftQuestion.Answer> right = g.answers().stream().filter(GiftQuestion.Answer::right)
                .sorted(Comparator.comparingDouble(GiftQuestion.Answer::fraction).reversed()).toList();
        Format format;
        String answer = "";
        List<String> accept = new ArrayList<>();
        List<String> distractors = new ArrayList<>();
        List<QuestionSpec.OrderingItem> items = new ArrayList<>();
        switch (g.type()) {
            case TRUE_FALSE -> {
                format = Format.TRUE_FALSE;
                answer = g.answers().getFirst().text();
            }
            case MULTIPLE_CHOICE -> {
                format = Format.MULTIPLE_CHOICE;
                Matcher forms = ACCEPT.matcher(g.comments());
                while (forms.find()) {
                    accept.add(forms.group(1).replace("\\]", "]"));
                }
                if (right.isEmpty() || right.getFirst().fraction() < 100 || right.size() > 1 && right.get(1).fraction() >= 100) {
                    throw new IllegalArgumentException("Footnote marks exactly one answer right (=); this question "
                            + (right.isEmpty() || right.getFirst().fraction() < 100 ? "shares the credit among several" : "has several right answers"));
                }
                answer = right.getFirst().text();
                for (GiftQuestion.Answer a : g.answers()) {
                    if (a != right.getFirst()) {
                        distractors.add(a.text());
                        if (a.right()) {
                            notes.add("partial credit (" + percent(a) + ") for '" + a.text() + "' is not kept: it becomes a distractor");
                        }
                    }
                }
            }
            case SHORT_ANSWER -> {
                format = Format.SHORT_ANSWER;
                answer = right.getFirst().text();
                right.stream().skip(1).forEach(a -> accept.add(a.text()));
                right.stream().filter(a -> a.fraction() < 100).forEach(a ->
                        notes.add("partial credit (" + percent(a) + ") for '" + a.text() + "' becomes full credit"));
            }
            case NUMERICAL -> {
                format = Format.SHORT_ANSWER;
                if (right.isEmpty()) {
                    throw new IllegalArgumentException("no right answer: mark one with = or a positive weight");
                }
                answer = numbers(right.getFirst(), accept, notes);
                for (GiftQuestion.Answer other : right.subList(1, right.size())) {
                    String number = numbers(other, accept, notes);
                    if (!number.equals(answer) && !accept.contains(number)) {
                        accept.add(number);
                    }
                }
                right.stream().filter(a -> a.fraction() < 100).forEach(a ->
                        notes.add("partial credit (" + percent(a) + ") for " + a.text() + " becomes full credit"));
            }
            case MATCHING -> {
                format = Format.ORDERING;
                if (!g.answers().stream().allMatch(a -> NUMBER.matcher(a.match()).matches())) {
                    throw new IllegalArgumentException("a matching question becomes an ordering only when each item is "
                            + "matched to its position or year (Treaty signed -> 1997); Footnote has no other matching");
                }
                var ordered = g.answers().stream().sorted(Comparator.comparingDouble(a -> Double.parseDouble(a.match()))).toList();
                for (int i = 0; i < ordered.size(); i++) {
                    String[] passage = i < source.passages().size() ? source.passages().get(i) : new String[] {null, documentId};
                    items.add(new QuestionSpec.OrderingItem(ordered.get(i).text(), passage[1], passage[0]));
                }
            }
            default -> throw new IllegalStateException(g.type().name());
        }
        String explained = explanation != null || right.isEmpty() ? explanation : right.getFirst().feedback();
        if (g.answers().stream().anyMatch(a -> a.feedback() != null && !a.feedback().equals(explained))) {
            notes.add("feedback on single answers is not kept");
        }
        Matcher difficulty = DIFFICULTY.matcher(g.comments());
        var read = new QuestionSpec(baseId(g), kind, format, g.prompt(), answer, accept, distractors, items,
                difficulty.find() ? Integer.parseInt(difficulty.group(1)) : DEFAULT_DIFFICULTY,
                g.tags(), documentId, source.quote(), explained, keyTerms(g.comments()), "gift", g.line()).tidy();
        // By name, the bank's question whatever the file changed; under another name, only the very same question.
        Optional<QuestionSpec> same = bank.byId(read.id()).or(() -> bank.byContent(read).filter(q -> holds(q, read)));
        if (same.isPresent() && idsInFile.add(same.get().id())) {
            QuestionSpec held = same.get();
            return new Candidate(g.line(), withId(read, held.id()), List.copyOf(notes), new InBank(held.id(), holds(held, read)));
        }
        return new Candidate(g.line(), withId(read, uniqueId(read.id(), notes)), List.copyOf(notes));
    }

    /**
     * Whether the bank's question already says everything the file's does: the fields a file carries,
     * and the document and passage only where the file names them.
     */
    static boolean holds(QuestionSpec bank, QuestionSpec file) {
        return bank.format() == file.format() && bank.prompt().equals(file.prompt()) && bank.answer().equals(file.answer())
                && bank.accept().equals(file.accept()) && bank.distractors().equals(file.distractors())
                && bank.items().stream().map(QuestionSpec.OrderingItem::text).toList()
                        .equals(file.items().stream().map(QuestionSpec.OrderingItem::text).toList())
                && (file.kind() == null || file.kind() == bank.kind()) && bank.tags().equals(file.tags())
                && java.util.Objects.equals(bank.explanation(), file.explanation()) && bank.keyTerms().equals(file.keyTerms())
                && (file.documentId() == null || file.documentId().equals(bank.documentId()))
                && (file.quote() == null || file.quote().equals(bank.quote()));
    }

    private static QuestionSpec withId(QuestionSpec q, String id) {
        return new QuestionSpec(id, q.kind(), q.format(), q.prompt(), q.answer(), q.accept(), q.distractors(), q.items(),
                q.difficulty(), q.tags(), q.documentId(), q.quote(), q.explanation(), q.keyTerms(), q.file(), q.line());
    }

    /** A Footnote export's key terms token, back as ideas of terms. */
    private static List<List<String>> keyTerms(String comments) {
        Matcher m = KEY_TERMS.matcher(comments);
        if (!m.find()) {
            return List.of();
        }
        return java.util.Arrays.stream(m.group(1).replace("\\]", "]").split("\\s*\\|\\s*"))
                .map(idea -> java.util.Arrays.stream(idea.split("\\s*,\\s*")).map(String::strip).toList()).toList();
    }

    /** A Footnote export's general feedback: explanation, source passage, document, and an ordering's passages. */
    private record Source(String explanation, String quote, String documentId, List<String[]> passages) {
    }

    private Source source(String general) {
        if (general == null || general.isBlank()) {
            return new Source(null, null, null, List.of());
        }
        Matcher m = FOOTNOTE.matcher(general.strip());
        if (!m.matches()) {
            return new Source(general.strip(), null, null, List.of());
        }
        String rest = m.group(3);
        int passagesAt = rest.indexOf(GiftWriter.PASSAGES);
        String citation = passagesAt < 0 ? rest : rest.substring(0, passagesAt);
        String documentId = documents.stream().filter(d -> citation.startsWith(d.title() + ", ")).map(DocumentInfo::id)
                .findFirst().orElse(null);
        List<String[]> passages = new ArrayList<>();
        if (passagesAt >= 0) {
            Matcher p = PASSAGE.matcher(rest.substring(passagesAt + GiftWriter.PASSAGES.length()));
            while (p.find()) {
                String itemDocument = p.group(3) == null ? documentId : documents.stream()
                        .filter(d -> d.title().equals(p.group(3).strip())).map(DocumentInfo::id).findFirst().orElse(documentId);
                passages.add(new String[] {p.group(2), itemDocument});
            }
        }
        String explanation = m.group(1).isBlank() ? null : m.group(1).strip();
        return new Source(explanation, documentId == null ? null : m.group(2), documentId, passages);
    }

    /** A numerical answer as text; a small whole-number tolerance or range becomes accepted answers. */
    private static String numbers(GiftQuestion.Answer a, List<String> accept, List<String> notes) {
        double value = Double.parseDouble(a.text());
        double lo = value - a.tolerance();
        double hi = value + a.tolerance();
        if (a.tolerance() == 0) {
            return a.text();
        }
        if (lo == Math.rint(lo) && hi == Math.rint(hi) && hi - lo <= 20) {
            long answer = Math.round(value);
            for (long v = (long) lo; v <= (long) hi; v++) {
                if (v != answer && !accept.contains(Long.toString(v))) {
                    accept.add(Long.toString(v));
                }
            }
            notes.add("the numbers " + (long) lo + " to " + (long) hi + " are all accepted");
            return Long.toString(answer);
        }
        notes.add("the tolerance \u00b1" + java.math.BigDecimal.valueOf(a.tolerance()).stripTrailingZeros().toPlainString()
                + " is not kept: Footnote grades figures as written");
        return a.text();
    }

    private static String baseId(GiftQuestion g) {
        return slug(g.idNumber() != null ? g.idNumber() : g.name() != null ? g.name() : "gift " + firstWords(g.prompt()));
    }

    private String uniqueId(String base, List<String> notes) {
        String id = base;
        for (int n = 2; idTaken.test(id) || idsInFile.contains(id); n++) {
            id = base + "-" + n;
        }
        if (!id.equals(base)) {
            notes.add("the id '" + base + "' is taken, so this draft is '" + id + "'");
        }
        idsInFile.add(id);
        return id;
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(6, words.length)));
    }

    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (plain.length() > 100) {
            plain = plain.substring(0, 100).replaceAll("-[^-]*$", "");
        }
        return plain.isEmpty() ? "gift-question" : plain;
    }

    private String documentId(String segment) {
        return documents.stream().map(DocumentInfo::id).filter(segment::equals).findFirst().orElse(null);
    }

    private static Kind kind(String segment) {
        for (Kind k : Kind.values()) {
            if (k.code().equals(segment)) {
                return k;
            }
        }
        return null;
    }

    /** The first segment of a {@code $CATEGORY} path that {@code read} recognises. */
    private static <T> T fromCategory(String category, java.util.function.Function<String, T> read) {
        if (category == null) {
            return null;
        }
        for (String segment : category.split("/")) {
            T found = read.apply(segment.strip());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String percent(GiftQuestion.Answer a) {
        return (a.fraction() == Math.rint(a.fraction()) ? String.valueOf((long) a.fraction()) : String.valueOf(a.fraction())) + "%";
    }

    /** The question with its texts made plain by {@code plain}; noted when that changed any of them. */
    private static GiftQuestion withoutMarkup(GiftQuestion g, java.util.function.UnaryOperator<String> plain, String note,
                                              List<String> notes) {
        java.util.function.UnaryOperator<String> text = t -> t == null ? null : plain.apply(t);
        var answers = g.answers().stream().map(a -> new GiftQuestion.Answer(text.apply(a.text()), text.apply(a.match()),
                a.fraction(), a.tolerance(), text.apply(a.feedback()))).toList();
        var plainQuestion = new GiftQuestion(g.name(), g.category(), g.markup(), text.apply(g.prompt()), g.type(), answers,
                text.apply(g.generalFeedback()), g.line(), g.idNumber(), g.tags(), g.comments());
        if (!plainQuestion.equals(g)) {
            notes.add(note);
        }
        return plainQuestion;
    }

    /** Markdown's emphasis and code marks ({@code **bold**}, {@code *italic*}, {@code `code`}) without the marks. */
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*\\*|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1");

    private static String unmarked(String markdown) {
        return MARKDOWN_EMPHASIS.matcher(markdown).replaceAll("$2");
    }

    /** HTML as the reader sees it: inline tags vanish, block tags and breaks part words, entities decoded. */
    private static String plain(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).text().replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
