package org.footnote.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.nio.charset.StandardCharsets;
import org.footnote.bank.gift.GiftImport;
import java.util.List;
import java.util.Set;
import org.footnote.support.KaribuTest;
import org.footnote.shared.ui.Mark;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GIFT through the service: the bank's own export comes back as drafts, field for field; drafts stay away from students. */
class GiftImportServiceTest extends KaribuTest {

    @Autowired
    GiftImportService importer;
    @Autowired
    BankService bank;
    @Autowired
    QuestionEditService edits;
    @Autowired
    QuestionCatalog catalog;

    private static final BankFilter TEST_BANK = new BankFilter(Authoring.DOCUMENT, null, null, null, null,
            QuestionStatus.ACTIVE, null);

    @Test
    void theBanksGiftExportComesBackAsTheBanksOwnQuestionsUnchangedAndImportingItAddsNothing() {
        login(newInstructor());
        List<QuestionRow> originals = bank.rows(TEST_BANK, 0, 100);
        byte[] gift = bank.exportGift(TEST_BANK).getBytes(StandardCharsets.UTF_8);

        // Every field the file carries equals the bank's: each question is recognised as held, unchanged.
        assertThat(importer.preview(gift).candidates()).extracting(GiftImport.Candidate::inBank)
                .containsExactlyElementsOf(originals.stream().map(q -> new GiftImport.InBank(q.id(), true)).toList());
        var imported = importer.importDrafts(gift, "footnote-questions.gift.txt", false, true);
        assertThat(imported.created()).isEmpty();
        assertThat(imported.updated()).isEmpty();
        assertThat(imported.skipped()).containsExactlyElementsOf(originals.stream().map(QuestionRow::id).toList());
    }

    @Test
    void aFileWithProblemsImportsNothingUnlessOnlyTheValidOnesAreAskedFor() {
        login(newInstructor());
        String id = Authoring.freshId("gift-valid");
        byte[] file = ("::" + id + "::Fine? {T}\n\nBroken? {\n").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> importer.importDrafts(file, "f.gift", false)).isInstanceOf(IllegalStateException.class);
        assertThat(edits.load(id)).isEmpty();
        assertThat(importer.importDrafts(file, "f.gift", true)).containsExactly(id);
    }

    @Test
    void draftsNeverReachStudentsButShowInTheBanksDraftFilter() {
        login(newInstructor());
        String id = Authoring.freshId("gift-hidden");
        importer.importDrafts(("::" + id + "::Where was the General Agreement signed? {=Moscow ~Tehran ~Kabul ~Dushanbe "
                + "####Source: \u201csigned in Moscow on 27 June 1997\u201d \u2014 The policy of Russia in Central Asia: a "
                + "perspective from Tajikistan (excerpt for tests), Mouzaffar Olimov, SIPRI, 1999.}")
                .getBytes(StandardCharsets.UTF_8), "d.gift", false);
        String unlinked = Authoring.freshId("gift-unlinked");
        importer.importDrafts(("::" + unlinked + "::Who? {=Nuri}").getBytes(StandardCharsets.UTF_8), "u.gift", false);
        assertThat(edits.load(id).orElseThrow().spec().documentId()).isEqualTo(Authoring.DOCUMENT);

        var drafts = new BankFilter(null, null, null, null, null, QuestionStatus.DRAFT, null);
        assertThat(bank.rows(drafts, 0, 10_000)).extracting(QuestionRow::id).contains(id, unlinked)
                .hasSize((int) bank.count(drafts));
        assertThat(importer.draftsWithoutPassage()).extracting(QuestionRow::id).contains(unlinked).doesNotContain(id);

        login(newStudent());
        assertThat(catalog.active(Set.of(), Set.of(), Set.of())).extracting(QuestionRef::id).doesNotContain(id, unlinked);
        assertThat(catalog.activeIds()).doesNotContain(id, unlinked);
        UI.getCurrent().navigate("documents/test-olimov", QueryParameters.fromString("q=" + id));
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Mark.class)).isEmpty();
    }
}
