package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.footnote.account.AppUser;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.files.QuestionBreach;
import org.footnote.bank.history.FieldChange;

/** Editing questions through the service: the bank's rules, history, optimistic locking, and who may. */
class QuestionEditServiceTest extends KaribuTest {

    @Autowired
    QuestionEditService editor;
    @Autowired
    QuestionRepository questions;

    @AfterEach
    void keepTheTestBankAsItsFilesMakeIt() {
        Authoring.retireAppQuestions(questions);
    }

    @Test
    void aNewQuestionIsValidatedStoredAsTheAppsAndItsCreationRecorded() {
        AppUser teacher = newInstructor();
        login(teacher);
        String id = Authoring.freshId("test-new");

        var saved = editor.save(Authoring.accord(id), QuestionStatus.ACTIVE, null);

        assertThat(saved.changed()).isTrue();
        assertThat(saved.question().origin()).isEqualTo(Question.Origin.APP);
        assertThat(questions.findById(id)).get().extracting(Question::getStatus).isEqualTo(QuestionStatus.ACTIVE);
        assertThat(editor.history(id)).singleElement().satisfies(r -> {
            assertThat(r.author()).isEqualTo(teacher.getDisplayName());
            assertThat(r.type()).isEqualTo(QuestionRevision.Type.CREATED);
            assertThat(r.changes()).extracting(FieldChange::field).contains(QuestionField.PROMPT, QuestionField.QUOTE);
        });
    }

    @Test
    void anInvalidSaveNamesEachBreachByFieldAndSavesNothing() {
        login(newInstructor());
        String id = Authoring.freshId("test-bad");
        var bad = new QuestionSpec(id, Kind.DATE, Format.MULTIPLE_CHOICE, "When?", "1066", java.util.List.of(),
                java.util.List.of("1995"), java.util.List.of(), 2, java.util.List.of(), Authoring.DOCUMENT,
                "Words that are not in the document.", null, "app", 0);

        assertThatThrownBy(() -> editor.save(bad, QuestionStatus.ACTIVE, null))
                .isInstanceOfSatisfying(InvalidQuestionException.class, e -> assertThat(e.breaches())
                        .extracting(QuestionBreach::field)
                        .containsExactlyInAnyOrder(QuestionField.QUOTE, QuestionField.DISTRACTORS, QuestionField.ANSWER));
        assertThat(questions.existsById(id)).isFalse();
        assertThat(editor.history(id)).isEmpty();
    }

    @Test
    void aTakenIdIsRefusedForANewQuestion() {
        login(newInstructor());
        assertThatThrownBy(() -> editor.save(Authoring.accord("test-accord-date"), QuestionStatus.ACTIVE, null))
                .isInstanceOfSatisfying(InvalidQuestionException.class, e -> assertThat(e.breaches())
                        .singleElement().satisfies(b -> {
                            assertThat(b.field()).isEqualTo(QuestionField.ID);
                            assertThat(b.reason()).contains("taken");
                        }));
    }

    @Test
    void eachEditRecordsWhoChangedWhichFieldFromWhatToWhat() {
        AppUser first = newInstructor();
        login(first);
        String id = Authoring.freshId("test-edit");
        long v0 = editor.save(Authoring.accord(id), QuestionStatus.ACTIVE, null).question().version();
        AppUser second = newInstructor();
        login(second);

        var saved = editor.save(Authoring.withDifficulty(Authoring.accord(id), 3), QuestionStatus.ACTIVE, v0);
        var unchanged = editor.save(Authoring.withDifficulty(Authoring.accord(id), 3), QuestionStatus.ACTIVE,
                saved.question().version());

        assertThat(unchanged.changed()).isFalse();
        assertThat(editor.history(id)).hasSize(2).first().satisfies(r -> {
            assertThat(r.author()).isEqualTo(second.getDisplayName());
            assertThat(r.type()).isEqualTo(QuestionRevision.Type.EDITED);
            assertThat(r.changes()).containsExactly(new FieldChange(QuestionField.DIFFICULTY, "2", "3"));
        });
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedAndTheFirstIsKept() {
        login(newInstructor());
        String id = Authoring.freshId("test-race");
        long opened = editor.save(Authoring.accord(id), QuestionStatus.ACTIVE, null).question().version();
        AppUser quicker = newInstructor();
        login(quicker);
        editor.save(Authoring.withPrompt(Authoring.accord(id), "When was the accord signed?"), QuestionStatus.ACTIVE, opened);

        login(newInstructor());
        assertThatThrownBy(() -> editor.save(Authoring.withDifficulty(Authoring.accord(id), 1), QuestionStatus.ACTIVE, opened))
                .isInstanceOfSatisfying(QuestionChangedException.class, e -> {
                    assertThat(e.getMessage()).contains("changed by " + quicker.getDisplayName());
                    assertThat(e.latest().changes()).extracting(FieldChange::field).containsExactly(QuestionField.PROMPT);
                });
        assertThat(editor.load(id)).get().satisfies(q -> {
            assertThat(q.spec().prompt()).isEqualTo("When was the accord signed?");
            assertThat(q.spec().difficulty()).isEqualTo(2);
        });
    }

    @Test
    void aDraftMaySaveIncompleteButIsPublishedOnlyWhenItKeepsEveryRule() {
        login(newInstructor());
        String id = Authoring.freshId("test-draft");
        var incomplete = new QuestionSpec(id, null, Format.SHORT_ANSWER, "When was the accord signed?", "27 June 1997",
                java.util.List.of(), java.util.List.of(), java.util.List.of(), 2, java.util.List.of(), null, null, null, "app", 0);

        var draft = editor.save(incomplete, QuestionStatus.DRAFT, null);
        assertThat(draft.beforePublishing()).extracting(QuestionBreach::field)
                .containsExactlyInAnyOrder(QuestionField.KIND, QuestionField.DOCUMENT, QuestionField.QUOTE);
        assertThatThrownBy(() -> editor.save(incomplete, QuestionStatus.ACTIVE, draft.question().version()))
                .isInstanceOf(InvalidQuestionException.class);
        assertThat(questions.findById(id).orElseThrow().getStatus()).isEqualTo(QuestionStatus.DRAFT);

        var linked = new QuestionSpec(id, Kind.DATE, Format.SHORT_ANSWER, incomplete.prompt(), incomplete.answer(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), 2, java.util.List.of(), Authoring.DOCUMENT,
                Authoring.ACCORD_QUOTE, null, "app", 0);
        assertThat(editor.save(linked, QuestionStatus.ACTIVE, draft.question().version()).question().status())
                .isEqualTo(QuestionStatus.ACTIVE);
    }

    @Test
    void anActiveQuestionKeepsItsKindButADraftMayChangeIt() {
        login(newInstructor());
        String id = Authoring.freshId("test-kind");
        long version = editor.save(Authoring.accord(id), QuestionStatus.ACTIVE, null).question().version();

        assertThatThrownBy(() -> editor.save(withKind(Authoring.accord(id), Kind.FIGURE), QuestionStatus.ACTIVE, version))
                .isInstanceOfSatisfying(InvalidQuestionException.class, e -> assertThat(e.breaches()).singleElement()
                        .satisfies(b -> {
                            assertThat(b.field()).isEqualTo(QuestionField.KIND);
                            assertThat(b.reason()).startsWith("an active question keeps its kind (Dates)");
                        }));
        assertThatThrownBy(() -> editor.save(withKind(Authoring.accord(id), Kind.FIGURE), QuestionStatus.DRAFT, version))
                .as("unpublishing in the same save does not free the kind").isInstanceOf(InvalidQuestionException.class);
        assertThat(questions.findById(id).orElseThrow().getKind()).isEqualTo(Kind.DATE);

        String draftId = Authoring.freshId("test-kind-draft");
        long draft = editor.save(Authoring.accord(draftId), QuestionStatus.DRAFT, null).question().version();
        editor.save(withKind(Authoring.accord(draftId), Kind.TERM), QuestionStatus.DRAFT, draft);
        assertThat(questions.findById(draftId).orElseThrow().getKind()).isEqualTo(Kind.TERM);
    }

    private static QuestionSpec withKind(QuestionSpec q, Kind kind) {
        return new QuestionSpec(q.id(), kind, q.format(), q.prompt(), q.answer(), q.accept(), q.distractors(), q.items(),
                q.difficulty(), q.tags(), q.documentId(), q.quote(), q.explanation(), q.file(), q.line());
    }

    @Test
    void aStudentMayNotEditReadOrImport() {
        login(newStudent());
        assertThatThrownBy(() -> editor.save(Authoring.accord(Authoring.freshId("test-x")), QuestionStatus.ACTIVE, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.load("test-accord-date")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editor.history("test-accord-date")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyQuestionOfTheRealBankIsAlreadyTidySoAnUntouchedSaveChangesNothing() {
        for (QuestionSpec q : LoadedBank.load(RealBankTest.BANK).questions()) {
            assertThat(Question.hash(q.tidy())).as(q.id()).isEqualTo(Question.hash(q));
        }
    }
}
