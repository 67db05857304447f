package org.footnote.bank;

import java.util.ArrayList;
import java.util.List;
import org.footnote.bank.gift.GiftFile;
import org.footnote.bank.gift.GiftImport;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports Moodle GIFT and Moodle XML files as draft questions. A file with any problem imports
 * nothing, unless the instructor chooses to import only its valid questions after seeing them; drafts
 * are linked to their document passage in the editor before they can be published. A question the
 * bank already holds (by name or by content) is skipped, or, when asked, updated from the file.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class GiftImportService {

    private final QuestionRepository questions;
    private final SourceDocumentRepository documents;
    private final QuestionEditService edits;

    public GiftImportService(QuestionRepository questions, SourceDocumentRepository documents, QuestionEditService edits) {
        this.questions = questions;
        this.documents = documents;
        this.edits = edits;
    }

    /**
     * What importing the file would do: the drafts and every problem, by line. Nothing is stored.
     *
     * @throws GiftFile.Refused for a file over 1 MB or one that is not UTF-8 text
     */
    @Transactional(readOnly = true)
    public GiftImport.Preview preview(byte[] file) {
        return read(GiftFile.text(file));
    }

    /** What an import did: drafts created, questions of the bank updated, questions skipped as already held. */
    public record Imported(List<String> created, List<String> updated, List<String> skipped) {
    }

    /**
     * Stores the file's new questions as drafts, each with a revision naming the file and line. Those the
     * bank already holds are skipped, unless {@code updateHeld}: then each that differs is saved over the
     * bank's question (keeping its status, and its passage where the file names none), as an edit.
     *
     * @param onlyValid import the valid questions of a file that has problems (else such a file imports nothing)
     * @throws GiftFile.Refused       for a file over 1 MB or one that is not UTF-8 text
     * @throws IllegalStateException  the file has problems and {@code onlyValid} is false, or an update would
     *                                break a rule of the bank; nothing is stored
     */
    @Transactional
    public Imported importDrafts(byte[] file, String fileName, boolean onlyValid, boolean updateHeld) {
        GiftImport.Preview preview = read(GiftFile.text(file));
        if (!preview.clean() && !onlyValid) {
            throw new IllegalStateException("The file has " + preview.problems().size()
                    + " problem(s); nothing was imported.");
        }
        List<String> created = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (GiftImport.Candidate c : preview.candidates()) {
            if (c.inBank() == null) {
                edits.create(c.spec(), QuestionStatus.DRAFT, QuestionRevision.Type.IMPORTED,
                        "from " + shortName(fileName) + ", line " + c.line());
                created.add(c.spec().id());
            } else if (updateHeld && !c.inBank().unchanged()) {
                update(c, fileName);
                updated.add(c.inBank().id());
            } else {
                skipped.add(c.inBank().id());
            }
        }
        return new Imported(created, updated, skipped);
    }

    /** Stores the file's new questions as drafts and skips those the bank holds; see {@link #importDrafts(byte[], String, boolean, boolean)}. */
    @Transactional
    public List<String> importDrafts(byte[] file, String fileName, boolean onlyValid) {
        return importDrafts(file, fileName, onlyValid, false).created();
    }

    private void update(GiftImport.Candidate c, String fileName) {
        EditableQuestion held = edits.load(c.inBank().id()).orElseThrow();
        QuestionSpec from = c.spec();
        QuestionSpec was = held.spec();
        var merged = new QuestionSpec(was.id(), from.kind() == null ? was.kind() : from.kind(), from.format(), from.prompt(),
                from.answer(), from.accept(), from.distractors(), from.items().isEmpty() ? was.items() : from.items(),
                was.difficulty(), from.tags(), from.documentId() == null ? was.documentId() : from.documentId(),
                from.quote() == null ? was.quote() : from.quote(), from.explanation(), from.keyTerms(), was.file(), was.line());
        try {
            edits.save(merged, held.status(), held.version());
        } catch (InvalidQuestionException | QuestionChangedException e) {
            throw new IllegalStateException("Question " + was.id() + " (line " + c.line() + " of " + shortName(fileName)
                    + ") cannot be updated: " + e.getMessage() + " Nothing was imported.");
        }
    }

    /** A file name as the history keeps it: at most 200 characters, its end (the extension) kept. */
    public static String shortName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "a GIFT file" : org.footnote.shared.TextHygiene.clean(fileName);
        return name.length() <= 200 ? name : name.substring(0, 100) + "\u2026" + name.substring(name.length() - 99);
    }

    /** Drafts that still lack their document passage, by id: they cannot be published until linked. */
    @Transactional(readOnly = true)
    public List<QuestionRow> draftsWithoutPassage() {
        return questions.findWithoutPassage(QuestionStatus.DRAFT);
    }

    private GiftImport.Preview read(String text) {
        var known = documents.findAll(Sort.by("id")).stream().map(DocumentInfo::of).toList();
        GiftImport.BankLookup held = heldQuestions();
        return GiftImport.read(parse(text), known, id -> held.byId(id).isPresent(), held);
    }

    /** The bank by id, and by content: the same format, prompt and answer (case and spacing aside); one read. */
    private GiftImport.BankLookup heldQuestions() {
        var byId = new java.util.HashMap<String, QuestionSpec>();
        var byContent = new java.util.HashMap<String, QuestionSpec>();
        questions.findAll(Sort.by("id")).stream().map(Question::toSpec).forEach(q -> {
            byId.put(q.id(), q);
            byContent.putIfAbsent(contentKey(q), q);
        });
        return new GiftImport.BankLookup() {
            @Override
            public java.util.Optional<QuestionSpec> byId(String id) {
                return java.util.Optional.ofNullable(byId.get(id));
            }

            @Override
            public java.util.Optional<QuestionSpec> byContent(QuestionSpec question) {
                return java.util.Optional.ofNullable(byContent.get(contentKey(question)));
            }
        };
    }

    private static String contentKey(QuestionSpec q) {
        return q.format() + "\u0000" + normal(q.prompt()) + "\u0000" + normal(q.answer());
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    /** GIFT or Moodle XML, told apart by the first character that is not a space: XML starts with '<'. */
    static org.footnote.bank.gift.GiftParser.Result parse(String text) {
        return text.stripLeading().startsWith("<") ? org.footnote.bank.gift.MoodleXmlParser.parse(text)
                : org.footnote.bank.gift.GiftParser.parse(text);
    }
}
