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
 * Imports Moodle GIFT files as draft questions. A file with any problem imports nothing, unless
 * the instructor chooses to import only its valid questions after seeing them; drafts are linked
 * to their document passage in the editor before they can be published.
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

    /**
     * Stores the file's questions as drafts, each with a revision naming the file and line.
     *
     * @param onlyValid import the valid questions of a file that has problems (else such a file imports nothing)
     * @return the ids of the new drafts
     * @throws GiftFile.Refused       for a file over 1 MB or one that is not UTF-8 text
     * @throws IllegalStateException  the file has problems and {@code onlyValid} is false; nothing is stored
     */
    @Transactional
    public List<String> importDrafts(byte[] file, String fileName, boolean onlyValid) {
        GiftImport.Preview preview = read(GiftFile.text(file));
        if (!preview.clean() && !onlyValid) {
            throw new IllegalStateException("The file has " + preview.problems().size()
                    + " problem(s); nothing was imported.");
        }
        List<String> ids = new ArrayList<>();
        for (GiftImport.Candidate c : preview.candidates()) {
            edits.create(c.spec(), QuestionStatus.DRAFT, QuestionRevision.Type.IMPORTED,
                    "from " + shortName(fileName) + ", line " + c.line());
            ids.add(c.spec().id());
        }
        return ids;
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
        return GiftImport.read(parse(text), known, questions::existsById);
    }

    /** GIFT or Moodle XML, told apart by the first character that is not a space: XML starts with '<'. */
    static org.footnote.bank.gift.GiftParser.Result parse(String text) {
        return text.stripLeading().startsWith("<") ? org.footnote.bank.gift.MoodleXmlParser.parse(text)
                : org.footnote.bank.gift.GiftParser.parse(text);
    }
}
