package org.footnote.bank;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bank as the study features read it: active questions, their details and the documents. */
@Service
@Transactional(readOnly = true)
public class QuestionCatalog {

    private final QuestionRepository questions;
    private final SourceDocumentRepository documents;
    private final NameVariantRepository names;
    private final CommittedDetails committed;
    /** {@link #refs()}, kept until the bank changes: Progress reads it for every learner's dashboard. */
    private final UntilBankChanges<Map<String, QuestionRef>> refs = new UntilBankChanges<>();
    /** The active questions, kept until the bank changes: practice reads them as a learner picks a quiz. */
    private final UntilBankChanges<List<QuestionRef>> active = new UntilBankChanges<>();

    QuestionCatalog(QuestionRepository questions, SourceDocumentRepository documents, NameVariantRepository names,
                    CommittedDetails committed) {
        this.questions = questions;
        this.committed = committed;
        this.documents = documents;
        this.names = names;
    }

    /** Active questions of the given documents, kinds and formats (all, where a set is empty). */
    public List<QuestionRef> active(Set<String> documentIds, Set<Kind> kinds, Set<Format> formats) {
        return active().stream()
                .filter(q -> documentIds.isEmpty() || documentIds.contains(q.documentId()))
                .filter(q -> kinds.isEmpty() || kinds.contains(q.kind()))
                .filter(q -> formats.isEmpty() || formats.contains(q.format()))
                .toList();
    }

    /** Every question with a passage, whatever its status, by id (for statistics over past answers). */
    public Map<String, QuestionRef> refs() {
        java.util.function.Supplier<Map<String, QuestionRef>> read =
                () -> Map.copyOf(questions.findAllRefs().stream().collect(Collectors.toMap(QuestionRef::id, q -> q)));
        return CommittedDetails.changedInThisTransaction() ? read.get() : refs.get(read);
    }

    private List<QuestionRef> active() {
        java.util.function.Supplier<List<QuestionRef>> read = () -> List.copyOf(questions.findRefsByStatus(QuestionStatus.ACTIVE));
        // A transaction that changed the bank sees its own changes, as with the question details.
        return CommittedDetails.changedInThisTransaction() ? read.get() : active.get(read);
    }

    /** A committed change of the bank (sync, edit, status) may change any question's document or kind. */
    @org.springframework.transaction.event.TransactionalEventListener(
            phase = org.springframework.transaction.event.TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void forgetRefs(BankChanged change) {
        refs.forget();
        active.forget();
    }

    /** How many questions are active in the given documents (in all, where the set is empty). */
    public long activeCount(Set<String> documentIds) {
        return documentIds.isEmpty() ? questions.countByStatus(QuestionStatus.ACTIVE)
                : questions.countByStatusAndDocumentIds(QuestionStatus.ACTIVE, documentIds);
    }

    /** Ids of every active question. */
    public Set<String> activeIds() {
        return active().stream().map(QuestionRef::id).collect(Collectors.toSet());
    }

    public Optional<QuestionDetails> details(String id) {
        return committed.get(id, key -> questions.findById(key).map(this::details));
    }

    /** Details of many questions at once, by id. */
    public Map<String, QuestionDetails> details(Collection<String> ids) {
        return committed.getAll(ids, missing -> {
            Map<String, QuestionDetails> out = new HashMap<>();
            questions.findAllById(missing).forEach(q -> out.put(q.getId(), details(q)));
            return out;
        });
    }

    /** Documents that have active questions, by id. */
    public List<DocumentInfo> documents() {
        Set<String> withQuestions = questions.findRefsByStatus(QuestionStatus.ACTIVE).stream()
                .map(QuestionRef::documentId).collect(Collectors.toSet());
        return documents.findAll(Sort.by("id")).stream().filter(d -> withQuestions.contains(d.getId()))
                .map(DocumentInfo::of).toList();
    }

    /**
     * What grading needs of the bank as a whole: spellings of names and abbreviations, each group with
     * its first form first, and the texts whose words are known (documents and questions).
     */
    public GradingVocabulary vocabulary() {
        NameGroups groups = nameGroups();
        List<String> texts = new java.util.ArrayList<>();
        documents.findAll().forEach(d -> texts.add(d.getBody()));
        List<QuestionSpec> specs = questions.findAll().stream().map(Question::toSpec).toList();
        specs.forEach(q -> texts.addAll(GradingVocabulary.textsOf(q)));
        return new GradingVocabulary(groups.spellings(), groups.abbreviations(), texts, GradingVocabulary.answersOf(specs));
    }

    /** Spellings of names (names.yaml) and abbreviations (abbreviations.yaml), each group with its first form first. */
    public record NameGroups(List<List<String>> spellings, List<List<String>> abbreviations) {
    }

    public NameGroups nameGroups() {
        Map<String, List<String>> spellings = new java.util.LinkedHashMap<>();
        Map<String, List<String>> abbreviations = new java.util.LinkedHashMap<>();
        for (NameVariant n : names.findAll(Sort.by("groupKey", "name"))) {
            var groups = n.getKind() == NameVariant.Equivalence.ABBREVIATION ? abbreviations : spellings;
            groups.computeIfAbsent(n.getGroupKey(), k -> new java.util.ArrayList<>(List.of(k)));
            if (!n.getName().equals(n.getGroupKey())) {
                groups.get(n.getGroupKey()).add(n.getName());
            }
        }
        return new NameGroups(List.copyOf(spellings.values()), List.copyOf(abbreviations.values()));
    }

    private QuestionDetails details(Question q) {
        var specItems = q.getItems();
        List<QuestionDetails.Item> items = java.util.stream.IntStream.range(0, specItems.size())
                .mapToObj(i -> new QuestionDetails.Item(specItems.get(i).text(),
                        passageOf(specItems.get(i).documentId(), specItems.get(i).quote(), q.getId(), i))).toList();
        return new QuestionDetails(q.getId(), q.getKind(), q.getFormat(), q.getPrompt(), q.getAnswer(), q.getAccept(),
                q.getDistractors(), items, q.getExplanation(), SourcePassage.of(q), q.getStatus(), q.getTags(),
                q.getDifficulty(), q.getKeyTerms());
    }

    private SourcePassage passageOf(String documentId, String quote, String questionId, int item) {
        if (documentId == null) {
            return null; // a draft's item, not linked yet
        }
        SourceDocument d = documents.findById(documentId).orElseThrow();
        return new SourcePassage(d.getId(), d.getTitle(), d.getAuthor(), d.getPublisher(), d.getPublished(), quote,
                null, questionId, item);
    }
}
