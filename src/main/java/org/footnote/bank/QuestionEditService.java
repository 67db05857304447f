package org.footnote.bank;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.footnote.account.AppUser;
import org.footnote.account.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.footnote.bank.files.BankValidator;
import org.footnote.bank.files.QuestionBreach;
import org.footnote.bank.history.QuestionDiff;
import org.footnote.bank.history.FieldChange;

/**
 * Instructors write questions in the app: every save runs the bank files' own rules (a draft,
 * the smaller set of a draft), refuses a save over someone else's newer one, and records who
 * changed which field from what to what. Questions are never deleted, so learners' history stays whole.
 */
@Service
@PreAuthorize("hasRole('INSTRUCTOR')")
public class QuestionEditService {

    private final QuestionRepository questions;
    private final SourceDocumentRepository documents;
    private final QuestionRevisionRepository revisions;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public QuestionEditService(QuestionRepository questions, SourceDocumentRepository documents,
                               QuestionRevisionRepository revisions, CurrentUser currentUser, Clock clock,
                               ApplicationEventPublisher events) {
        this.questions = questions;
        this.documents = documents;
        this.revisions = revisions;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** What a save did: the question as stored, and what still stands between a draft and publishing it. */
    public record Saved(EditableQuestion question, boolean changed, List<QuestionBreach> beforePublishing) {
    }

    @Transactional(readOnly = true)
    public Optional<EditableQuestion> load(String id) {
        return questions.findById(id).map(q -> new EditableQuestion(q.toSpec(), q.getStatus(), q.getOrigin(),
                q.getVersion(), false));
    }

    /** A new draft, quoting {@code quote} of {@code documentId} when given (a passage selected in a document). */
    @Transactional(readOnly = true)
    public EditableQuestion blank(String documentId, String quote) {
        String document = documentId != null && documents.existsById(documentId) ? documentId : null;
        var spec = new QuestionSpec("", null, Format.MULTIPLE_CHOICE, "", "", List.of(), List.of(), List.of(), 2, List.of(),
                document, quote, null, "app", 0);
        return new EditableQuestion(spec, QuestionStatus.DRAFT, Question.Origin.APP, 0, true);
    }

    /** Every source document, by id, for the editor's choice of passage. */
    @Transactional(readOnly = true)
    public List<DocumentInfo> documents() {
        return documents.findAll(Sort.by("id")).stream().map(DocumentInfo::of).toList();
    }

    /**
     * Saves {@code spec} with {@code status}: new when {@code expectedVersion} is null, else over the
     * version the editor opened.
     *
     * @throws InvalidQuestionException  naming every breach by field; nothing is saved
     * @throws QuestionChangedException  someone saved the question since {@code expectedVersion}; nothing is saved
     */
    @Transactional
    public Saved save(QuestionSpec edited, QuestionStatus status, Long expectedVersion) {
        QuestionSpec spec = edited.tidy();
        Question question = expectedVersion == null ? null : questions.findById(spec.id())
                .orElseThrow(() -> new IllegalArgumentException("No question " + spec.id()));
        if (question != null && question.getVersion() != expectedVersion) {
            throw changed(spec.id());
        }
        var breaches = new java.util.ArrayList<>(status == QuestionStatus.DRAFT
                ? BankValidator.draftBreaches(spec) : validatorFor(spec).breaches(spec));
        if (question == null && !spec.id().isEmpty() && questions.existsById(spec.id())) {
            breaches.addFirst(new QuestionBreach(QuestionField.ID, "id '" + spec.id()
                    + "' is taken by another question (ids are never reused)"));
        }
        if (question != null) {
            breaches.addAll(keepsWhatItHad(question.toSpec(), question.getStatus(), spec));
        }
        if (!breaches.isEmpty()) {
            throw new InvalidQuestionException(breaches);
        }
        QuestionSpec before = question == null ? null : question.toSpec();
        var changes = QuestionDiff.between(before, question == null ? null : question.getStatus(), spec, status);
        if (question != null && changes.isEmpty()) {
            return saved(question, false);
        }
        if (question == null) {
            question = new Question(spec.id(), Question.Origin.APP, clock.instant());
        }
        question.edit(spec, spec.documentId() == null ? null : documents.findById(spec.documentId()).orElseThrow(),
                status, clock.instant());
        try {
            question = questions.saveAndFlush(question);
        } catch (OptimisticLockingFailureException e) {
            throw new QuestionChangedException(spec.id(), null); // the session is spent: no further reads
        }
        record(spec.id(), before == null ? QuestionRevision.Type.CREATED : QuestionRevision.Type.EDITED, null, changes);
        return saved(question, true);
    }

    /**
     * Adds {@code form} to a short-answer question's accepted forms, as the signed-in instructor's
     * revision (a typed answer accepted for everyone). Nothing changes if the form is there already.
     *
     * @return whether the question changed
     * @throws InvalidQuestionException if the question would then break a rule (a form too long, say)
     */
    @Transactional
    public boolean acceptTypedForm(String questionId, String form) {
        Question question = questions.findById(questionId)
                .orElseThrow(() -> new IllegalArgumentException("No question " + questionId));
        QuestionSpec before = question.toSpec();
        if (before.format() != Format.SHORT_ANSWER) {
            throw new IllegalArgumentException("Only short-answer questions accept typed forms");
        }
        String clean = form == null ? "" : form.strip();
        if (clean.equalsIgnoreCase(before.answer()) || before.accept().stream().anyMatch(clean::equalsIgnoreCase)) {
            return false;
        }
        var accept = new java.util.ArrayList<>(before.accept());
        accept.add(clean);
        QuestionSpec after = new QuestionSpec(before.id(), before.kind(), before.format(), before.prompt(), before.answer(),
                accept, before.distractors(), before.items(), before.difficulty(), before.tags(), before.documentId(),
                before.quote(), before.explanation(), before.keyTerms(), before.file(), before.line()).tidy();
        var breaches = question.getStatus() == QuestionStatus.DRAFT ? BankValidator.draftBreaches(after)
                : validatorFor(after).breaches(after);
        if (!breaches.isEmpty()) {
            throw new InvalidQuestionException(breaches);
        }
        var changes = QuestionDiff.between(before, question.getStatus(), after, question.getStatus());
        question.edit(after, question.getDocument(), question.getStatus(), clock.instant());
        questions.saveAndFlush(question);
        record(questionId, QuestionRevision.Type.EDITED, "accepted the typed answer '" + clean + "' for everyone", changes);
        return true;
    }

    /**
     * A question keeps its passage and kind once it has them: learners who met it read its source
     * in their mistakes and cards (a draft's may be changed, never emptied). Once students have met it
     * (active, or retired after), its kind is fixed: their progress and mistakes count it under that kind.
     */
    private static List<QuestionBreach> keepsWhatItHad(QuestionSpec before, QuestionStatus status, QuestionSpec after) {
        List<QuestionBreach> out = new java.util.ArrayList<>();
        if (before.documentId() != null && after.documentId() == null) {
            out.add(new QuestionBreach(QuestionField.DOCUMENT, "a question keeps its document once linked; choose another instead"));
        }
        if (before.quote() != null && after.quote() == null) {
            out.add(new QuestionBreach(QuestionField.QUOTE, "a question keeps its quote once linked; change it instead"));
        }
        if (status != QuestionStatus.DRAFT && before.kind() != null && before.kind() != after.kind()) {
            out.add(new QuestionBreach(QuestionField.KIND, kindIsFixed(before.kind())));
        } else if (before.kind() != null && after.kind() == null) {
            out.add(new QuestionBreach(QuestionField.KIND, "a question keeps its kind once set; choose another instead"));
        }
        return out;
    }

    /** Why an active question's kind cannot change, for the refusal and the editor's helper text. */
    public static String kindIsFixed(Kind kind) {
        return "an active question keeps its kind (" + kind.plural() + "): students' progress and mistakes count it "
                + "there; write a new question for another kind";
    }

    /** Every change of the question, newest first. */
    @Transactional(readOnly = true)
    public List<QuestionRevision.Entry> history(String id) {
        return revisions.findByQuestionIdOrderByRevisedAtDescIdDesc(id).stream().map(QuestionRevision::entry).toList();
    }

    /** Stores a new question written elsewhere in the app (an import), as its author's revision. */
    @Transactional
    public void create(QuestionSpec spec, QuestionStatus status, QuestionRevision.Type type, String note) {
        var question = new Question(spec.id(), Question.Origin.APP, clock.instant());
        question.edit(spec, spec.documentId() == null ? null : documents.findById(spec.documentId()).orElse(null),
                status, clock.instant());
        questions.save(question);
        record(spec.id(), type, note, QuestionDiff.between(null, null, spec, status));
    }

    /**
     * The bank's rules over the documents this question quotes (its own and its ordering items'),
     * as they are now: a save reads those texts, not every document of the bank.
     */
    @Transactional(readOnly = true)
    public BankValidator validatorFor(QuestionSpec spec) {
        var ids = new java.util.HashSet<String>();
        if (spec.documentId() != null) {
            ids.add(spec.documentId());
        }
        spec.items().stream().map(QuestionSpec.OrderingItem::documentId).filter(java.util.Objects::nonNull).forEach(ids::add);
        return new BankValidator(documents.findAllById(ids).stream().map(SourceDocument::toSpec).toList());
    }

    private void record(String id, QuestionRevision.Type type, String note, List<FieldChange> changes) {
        AppUser me = currentUser.require();
        revisions.save(new QuestionRevision(id, clock.instant(), me.getId(), me.getDisplayName(), type, note, changes));
        events.publishEvent(new BankChanged(id));
    }

    private Saved saved(Question q, boolean changed) {
        var editable = new EditableQuestion(q.toSpec(), q.getStatus(), q.getOrigin(), q.getVersion(), false);
        var toPublish = q.getStatus() == QuestionStatus.DRAFT ? validatorFor(q.toSpec()).breaches(q.toSpec())
                : List.<QuestionBreach>of();
        return new Saved(editable, changed, toPublish);
    }

    private QuestionChangedException changed(String id) {
        return new QuestionChangedException(id, revisions.findByQuestionIdOrderByRevisedAtDescIdDesc(id).stream()
                .findFirst().map(QuestionRevision::entry).orElse(null));
    }
}
