package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import org.footnote.FootnoteProperties;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.history.FieldChange;

/**
 * The start-up sync and questions edited in the app: the file wins only when its own content
 * changes; an export of the app's edits, loaded back as the bank files, changes nothing.
 */
class BankSyncEditsTest extends KaribuTest {

    @Autowired
    BankSyncService sync;
    @Autowired
    QuestionEditService editor;
    @Autowired
    BankService bank;
    @Autowired
    QuestionRepository questions;
    @Autowired
    FootnoteProperties properties;
    @TempDir
    Path dir;

    @AfterEach
    void restoreTheTestBank() {
        Authoring.retireAppQuestions(questions);
        sync.sync(LoadedBank.load(properties.bankDir()));
    }

    @Test
    void anAppEditStandsWhileItsFileIsUnchangedAndTheFileWinsOnceItChanges() throws Exception {
        String id = Authoring.freshId("olimov-accord");
        String yaml = BankFixture.GOOD_QUESTION.replace("olimov-peace-accord-signed", id);
        sync.sync(LoadedBank.load(BankFixture.write(dir, yaml)));
        login(newInstructor());
        var opened = editor.load(id).orElseThrow();
        editor.save(Authoring.withDifficulty(opened.spec(), 3), QuestionStatus.ACTIVE, opened.version());

        SyncReport again = sync.sync(LoadedBank.load(dir));

        assertThat(again.updated()).isZero();
        assertThat(questions.findById(id)).get().satisfies(q -> {
            assertThat(q.getDifficulty()).isEqualTo(3);
            assertThat(q.getOrigin()).isEqualTo(Question.Origin.APP);
        });

        Files.writeString(dir.resolve("questions/olimov-test.yaml"),
                yaml.replace("prompt: When was", "prompt: On what day was"));
        SyncReport changed = sync.sync(LoadedBank.load(dir));

        assertThat(changed.updated()).isEqualTo(1);
        assertThat(questions.findById(id)).get().satisfies(q -> {
            assertThat(q.getPrompt()).startsWith("On what day was");
            assertThat(q.getDifficulty()).isEqualTo(2);
            assertThat(q.getOrigin()).isEqualTo(Question.Origin.BANK_FILE);
        });
        assertThat(editor.history(id)).first().satisfies(r -> {
            assertThat(r.type()).isEqualTo(QuestionRevision.Type.FILE_SYNC);
            assertThat(r.author()).isEqualTo(QuestionRevision.BANK_FILES);
            assertThat(r.changes()).extracting(FieldChange::field)
                    .containsExactlyInAnyOrder(QuestionField.PROMPT, QuestionField.DIFFICULTY);
        });
    }

    @Test
    void appEditedAndAppCreatedQuestionsAreExportedAndLoadingTheExportChangesNothing() throws Exception {
        String edited = Authoring.freshId("olimov-accord");
        sync.sync(LoadedBank.load(BankFixture.write(dir.resolve("first"),
                BankFixture.GOOD_QUESTION.replace("olimov-peace-accord-signed", edited))));
        sync.sync(LoadedBank.load(properties.bankDir())); // the test bank back, plus the fixture question retired ...
        login(newInstructor());
        var opened = editor.load(edited).orElseThrow();
        editor.save(Authoring.withPrompt(opened.spec(), "On what day was the General Agreement signed?"),
                QuestionStatus.ACTIVE, opened.version()); // ... and published again by an instructor
        String created = Authoring.freshId("test-created");
        editor.save(Authoring.accord(created), QuestionStatus.ACTIVE, null);
        long revisions = editor.history(edited).size() + editor.history(created).size();

        Path export = unzip(bank.exportYamlZip(), dir.resolve("export"));
        assertThat(Files.readString(export.resolve("questions/olimov-test.yaml"))).contains(edited)
                .contains("On what day was");
        assertThat(Files.readString(export.resolve("questions/test-olimov.yaml"))).contains(created);
        SyncReport reimport = sync.sync(LoadedBank.load(export));

        assertThat(reimport.added()).isZero();
        assertThat(reimport.updated()).isZero();
        assertThat(reimport.retired()).isZero();
        assertThat(questions.findById(edited).orElseThrow().getPrompt()).isEqualTo("On what day was the General Agreement signed?");
        assertThat(editor.history(edited).size() + editor.history(created).size()).isEqualTo(revisions);
    }

    /** The export's question files, with the documents they quote, as a bank folder. */
    private Path unzip(byte[] zip, Path root) throws Exception {
        Files.createDirectories(root.resolve("questions"));
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.writeString(root.resolve(e.getName()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        BankFixture.write(dir.resolve("docs"), BankFixture.GOOD_QUESTION);
        Files.createDirectories(root.resolve("documents"));
        Files.copy(dir.resolve("docs/documents/olimov-test.md"), root.resolve("documents/olimov-test.md"));
        Files.copy(properties.bankDir().resolve("documents/test-olimov.md"), root.resolve("documents/test-olimov.md"));
        Files.copy(properties.bankDir().resolve("names.yaml"), root.resolve("names.yaml"));
        return root;
    }
}
