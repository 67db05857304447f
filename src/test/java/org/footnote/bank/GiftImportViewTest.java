package org.footnote.bank;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.footnote.bank.ui.GiftImportView;
import org.footnote.ui.errors.AccessDeniedView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bank → Import, as an instructor uses it: preview, problems by line, drafts, refusals. */
class GiftImportViewTest extends KaribuTest {

    @Autowired
    QuestionRepository questions;
    @Autowired
    QuestionEditService edits;

    private static void upload(String name, byte[] bytes) {
        UploadKt._upload(_get(Upload.class), name, "text/plain", bytes);
        MockVaadin.runUIQueue();
    }

    private static List<String> texts(Class<? extends com.vaadin.flow.component.Component> type) {
        return _find(type).stream().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void aCleanFileIsPreviewedThenImportedAsDraftsListedUntilLinked() {
        login(newInstructor());
        UI.getCurrent().navigate(GiftImportView.class);
        String a = Authoring.freshId("gift-accord");
        String b = Authoring.freshId("gift-stayed");
        upload("clean.gift", ("""
                ::%s::When was the General Agreement signed? {=27 June 1997 ~25 May 1995 ~24 November 1998 ~1992}

                // [tag:military]
                ::%s::The 201st division stayed in Dushanbe. {TRUE}
                """.formatted(a, b)).getBytes(StandardCharsets.UTF_8));

        assertThat(texts(ListItem.class)).anyMatch(t -> t.startsWith("Line 1 \u00b7 " + a + " \u00b7 Multiple choice: When was"))
                .anyMatch(t -> t.startsWith("Line 4 \u00b7 " + b) && t.contains("no document passage yet"));
        assertThat(questions.existsById(a)).isFalse();
        _click(_get(Button.class, s -> s.withText("Import 2 questions as drafts")));

        assertThat(_get(Paragraph.class, s -> s.withClasses("editor-status")).getText())
                .isEqualTo("Imported 2 questions from clean.gift as drafts.");
        assertThat(questions.findById(b)).get().satisfies(q -> {
            assertThat(q.getStatus()).isEqualTo(QuestionStatus.DRAFT);
            assertThat(q.getOrigin()).isEqualTo(Question.Origin.APP);
            assertThat(q.getTags()).containsExactly("military");
        });
        assertThat(edits.history(a)).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(QuestionRevision.Type.IMPORTED);
            assertThat(r.note()).isEqualTo("from clean.gift, line 1");
        });
        assertThat(_find(Anchor.class)).extracting(Anchor::getHref).contains(
                "bank/questions/" + a + "/edit", "bank/questions/" + b + "/edit");
    }

    @Test
    void aMoodleXmlExportIsPreviewedAndImportedLikeGiftAndAnEntityIsRefusedOnItsLine() {
        login(newInstructor());
        UI.getCurrent().navigate(GiftImportView.class);
        String id = Authoring.freshId("xml-accord");
        upload("moodle-export.xml", ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <quiz>
                  <question type="category"><category><text>$course$/top/History/date</text></category></question>
                  <question type="multichoice">
                    <name><text>%s</text></name>
                    <questiontext format="html"><text><![CDATA[<p>When was the <b>General Agreement</b> signed?</p>]]></text></questiontext>
                    <single>true</single>
                    <answer fraction="100" format="html"><text>27 June 1997</text></answer>
                    <answer fraction="0" format="html"><text>25 May 1995</text></answer>
                    <answer fraction="0" format="html"><text>1992</text></answer>
                    <tags><tag><text>peace process</text></tag></tags>
                  </question>
                  <question type="essay">
                    <name><text>Discuss</text></name>
                    <questiontext format="html"><text>Discuss the accord.</text></questiontext>
                  </question>
                </quiz>
                """.formatted(id)).getBytes(StandardCharsets.UTF_8));
        assertThat(texts(H2.class)).contains("1 problem in moodle-export.xml: nothing is imported until the file is fixed");
        assertThat(texts(ListItem.class)).anyMatch(t -> t.equals("Line 13: an essay question: Footnote cannot grade it"))
                // The category's last part names the kind; the HTML is taken out, and said so.
                .anyMatch(t -> t.equals("Line 4 \u00b7 " + id + " \u00b7 Multiple choice \u00b7 Dates: When was the General Agreement "
                        + "signed? (HTML markup was removed; no document passage yet)"));
        _click(_get(Button.class, s -> s.withText("Import only the 1 valid question")));
        assertThat(questions.findById(id)).get().satisfies(q -> {
            assertThat(q.getStatus()).isEqualTo(QuestionStatus.DRAFT);
            assertThat(q.getTags()).containsExactly("peace process");
        });

        upload("entity.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <quiz><question type="shortanswer"><name><text>x</text></name>
                <questiontext><text>&secret;</text></questiontext><answer fraction="100"><text>a</text></answer></question></quiz>
                """.getBytes(StandardCharsets.UTF_8));
        assertThat(texts(ListItem.class)).anyMatch(t -> t.startsWith("Line 2: the file declares a DOCTYPE"))
                .noneMatch(t -> t.contains("root:"));
        assertThat(_find(Button.class, s -> s.withText("Import 1 question as drafts"))).isEmpty();
    }

    @Test
    void theSameFileTwiceIsSkippedAndAChangedOneUpdatesTheBankOnlyWhenAsked() {
        login(newInstructor());
        UI.getCurrent().navigate(GiftImportView.class);
        String a = Authoring.freshId("again-accord");
        String gift = "::%1$s::When was the General Agreement signed (%1$s)? {=27 June 1997 ~25 May 1995 ~1992}\n";
        upload("week3.gift", gift.formatted(a).getBytes(StandardCharsets.UTF_8));
        _click(_get(Button.class, s -> s.withText("Import 1 question as drafts")));

        // The same file again: named as the bank's question, not copied as a suffixed draft.
        upload("week3.gift", gift.formatted(a).getBytes(StandardCharsets.UTF_8));
        assertThat(texts(ListItem.class)).anyMatch(t -> t.contains(a + " \u00b7 Multiple choice")
                && t.contains("already in the bank as " + a + ", unchanged"));
        assertThat(texts(H2.class)).contains("1 question: 0 new to import as drafts, 1 already in the bank");
        assertThat(texts(Paragraph.class)).contains("1 question of the file is already in the bank, unchanged: importing skips it.");
        _click(_get(Button.class, s -> s.withText("Import from this file")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("editor-status")).getText())
                .isEqualTo("Imported 0 questions from week3.gift as drafts; skipped 1 question already in the bank.");
        assertThat(questions.existsById(a + "-2")).isFalse();

        // Changed in the file: skipped unless the instructor asks to update the bank from it.
        String changed = "::%1$s::When was the General Agreement signed (%1$s)? {=27 June 1997 ~25 May 1995 ~24 November 1998}\n";
        upload("week3-v2.gift", changed.formatted(a).getBytes(StandardCharsets.UTF_8));
        assertThat(texts(ListItem.class)).anyMatch(t -> t.contains("in the bank as " + a + ", which differs"));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<Object> choice = _get(
                com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, s -> s.withClasses("import-held"));
        choice.setValue(choice.getListDataView().getItems().toList().get(1));
        _click(_get(Button.class, s -> s.withText("Import from this file")));
        assertThat(_get(Paragraph.class, s -> s.withClasses("editor-status")).getText())
                .isEqualTo("Imported 0 questions from week3-v2.gift as drafts; updated 1 question of the bank.");
        assertThat(questions.findById(a)).get().extracting(q -> q.toSpec().distractors())
                .isEqualTo(List.of("25 May 1995", "24 November 1998"));
        assertThat(edits.history(a)).extracting(QuestionRevision.Entry::type)
                .contains(QuestionRevision.Type.IMPORTED, QuestionRevision.Type.EDITED);
    }

    @Test
    void aMalformedFileListsEveryProblemByLineAndImportsNothingUnlessOnlyTheValidOnesAreChosen() {
        login(newInstructor());
        UI.getCurrent().navigate(GiftImportView.class);
        String good = Authoring.freshId("gift-good");
        upload("broken.txt", ("""
                No answer block here.

                ::%s::Which city hosted the signing? {=Moscow ~Tehran ~Kabul ~Dushanbe}

                Which two? {~%%50%%Russia ~%%50%%Iran ~Chile}

                Unclosed {=a ~b
                """.formatted(good)).getBytes(StandardCharsets.UTF_8));

        assertThat(texts(H2.class)).contains("3 problems in broken.txt: nothing is imported until the file is fixed");
        assertThat(texts(ListItem.class)).anyMatch(t -> t.startsWith("Line 1: no answer block"))
                .anyMatch(t -> t.startsWith("Line 5: Footnote marks exactly one answer right"))
                .anyMatch(t -> t.startsWith("Line 7: the answer block is not closed"));
        assertThat(_find(Button.class, s -> s.withText("Import 1 question as drafts"))).isEmpty();
        assertThat(questions.existsById(good)).isFalse();

        _click(_get(Button.class, s -> s.withText("Import only the 1 valid question")));
        assertThat(questions.findById(good)).get().extracting(Question::getStatus).isEqualTo(QuestionStatus.DRAFT);
    }

    @Test
    void aHugeOrBinaryFileIsRefusedWithAClearMessage() {
        login(newInstructor());
        UI.getCurrent().navigate(GiftImportView.class);
        byte[] huge = new byte[org.footnote.bank.gift.GiftFile.MAX_BYTES + 10];
        Arrays.fill(huge, (byte) 'x');
        upload("huge.gift", huge);
        assertThat(_get(Paragraph.class, s -> s.withClasses("field-error")).getText()).startsWith("The file is larger than 1 MB");

        upload("picture.gift", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertThat(_get(Paragraph.class, s -> s.withClasses("field-error")).getText()).startsWith("This is not a text file");

        upload("latin1.gift", "Qu\u00e9? {T}".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(_get(Paragraph.class, s -> s.withClasses("field-error")).getText()).startsWith("The file is not UTF-8 text");
        assertThat(_find(Button.class, s -> s.withText("Import 1 question as drafts"))).isEmpty();
    }

    @Test
    void aStudentIsDeniedTheImportViewAndTheService() {
        login(newStudent());
        UI.getCurrent().navigate(GiftImportView.ROUTE);
        _get(AccessDeniedView.class);
        var importer = context.getBean(GiftImportService.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.importDrafts("x? {T}".getBytes(), "x.gift", true))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> importer.preview("x? {T}".getBytes()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
