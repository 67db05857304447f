package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.footnote.FootnoteProperties;
import org.footnote.support.SpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.footnote.bank.files.LoadedBank;
import org.footnote.bank.files.DocumentSpec;

/** Synchronising bank files into the database: add, update, retire, never delete; refuse a bad bank whole. */
class BankSyncTest extends SpringTest {

    @Autowired
    BankSyncService sync;
    @Autowired
    QuestionRepository questions;
    @Autowired
    SourceDocumentRepository documents;
    @Autowired
    NameVariantRepository names;
    @Autowired
    FootnoteProperties properties;
    @TempDir
    Path dir;

    @AfterEach
    void restoreTheRealBank() {
        sync.sync(LoadedBank.load(properties.bankDir()));
    }

    @Test
    void theStartUpLoadedEveryQuestionOfTheRealBank() {
        LoadedBank real = LoadedBank.load(properties.bankDir());
        assertThat(questions.countByStatus(QuestionStatus.ACTIVE)).isEqualTo(real.questions().size());
        assertThat(documents.count()).isGreaterThanOrEqualTo(real.documents().size());
    }

    @Test
    void theRealBankSynchronisesWholeIntoTheDatabase() {
        LoadedBank real = LoadedBank.load(java.nio.file.Path.of("question-bank"));
        sync.sync(real);
        assertThat(questions.countByStatus(QuestionStatus.ACTIVE)).isEqualTo(real.questions().size());
        for (DocumentSpec d : real.documents()) {
            assertThat(documents.findById(d.id())).get().extracting(SourceDocument::getTitle).isEqualTo(d.title());
        }
    }

    @Test
    void addsThenUpdatesThenRetiresByIdKeepingTheRow() throws Exception {
        SyncReport first = sync.sync(LoadedBank.load(BankFixture.write(dir, BankFixture.GOOD_QUESTION)));
        assertThat(first.added()).isEqualTo(1);
        assertThat(questions.findById("olimov-peace-accord-signed")).get()
                .satisfies(q -> assertThat(q.getStatus()).isEqualTo(QuestionStatus.ACTIVE));
        assertThat(names.findById("rakhmonov")).get().extracting(NameVariant::getGroupKey).isEqualTo("rahmon");

        SyncReport again = sync.sync(LoadedBank.load(dir));
        assertThat(again.added()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(1);

        Files.writeString(dir.resolve("questions/olimov-test.yaml"),
                BankFixture.GOOD_QUESTION.replace("difficulty: 2", "difficulty: 3"));
        assertThat(sync.sync(LoadedBank.load(dir)).updated()).isEqualTo(1);
        assertThat(questions.findById("olimov-peace-accord-signed").orElseThrow().getDifficulty()).isEqualTo(3);

        Files.delete(dir.resolve("questions/olimov-test.yaml"));
        SyncReport removed = sync.sync(LoadedBank.load(dir));
        assertThat(removed.retired()).isGreaterThanOrEqualTo(1);
        assertThat(questions.findById("olimov-peace-accord-signed")).get()
                .extracting(Question::getStatus).isEqualTo(QuestionStatus.RETIRED);
    }

    @Test
    void aBrokenBankChangesNothingAndIsReportedWhole() throws Exception {
        long before = questions.count();
        long active = questions.countByStatus(QuestionStatus.ACTIVE);
        BankFixture.write(dir, BankFixture.GOOD_QUESTION.replace("answer: 27 June 1997", "answer: 1066"));
        var loader = new BankStartupLoader(sync, new FootnoteProperties(properties.dataDir(), dir));

        loader.run(null);

        assertThat(questions.count()).isEqualTo(before);
        assertThat(questions.countByStatus(QuestionStatus.ACTIVE)).isEqualTo(active);
        assertThat(sync.lastReport()).get().satisfies(r -> {
            assertThat(r.applied()).isFalse();
            assertThat(r.problems()).singleElement().asString().contains("answer '1066'");
        });
    }
}
