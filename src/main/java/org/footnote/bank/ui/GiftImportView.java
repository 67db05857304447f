package org.footnote.bank.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.util.List;
import org.footnote.account.Role;
import org.footnote.bank.GiftImportService;
import org.footnote.bank.QuestionRow;
import org.footnote.bank.gift.GiftFile;
import org.footnote.bank.gift.GiftImport;
import org.footnote.shared.ui.Announcer;

/**
 * Bank → Import: a Moodle GIFT or Moodle XML file becomes draft questions. The file is previewed first: every
 * problem with its line, and what each question would become. A file with problems imports
 * nothing, unless the instructor imports only its valid questions. Lists the drafts still
 * without a document passage, each a link to the editor where it is linked.
 */
@Route(GiftImportView.ROUTE)
@PageTitle("Import questions · Footnote")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class GiftImportView extends VerticalLayout {

    public static final String ROUTE = "bank/import";

    private final GiftImportService importer;
    private final Upload upload;
    private final Paragraph refusal = new Paragraph();
    private final Div preview = new Div();
    private final Paragraph status = new Paragraph();
    private final Div unlinked = new Div();
    private final RadioButtonGroup<HeldQuestions> heldChoice = new RadioButtonGroup<>("Questions the bank holds in another version");
    private String fileName;
    private byte[] file;

    public GiftImportView(GiftImportService importer) {
        this.importer = importer;
        addClassName("gift-import-view");
        upload = new Upload(handler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(GiftFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".gift", ".txt", ".xml", "text/plain", "text/xml", "application/xml");
        upload.addFileRejectedListener(e -> {
            upload.clearFileList();
            refuse("The file was refused: " + e.getErrorMessage().replaceAll("\\.+$", "")
                    + ". GIFT (.gift or .txt) and Moodle XML (.xml) files up to 1 MB are accepted.");
        });
        upload.getElement().setAttribute("aria-label", "GIFT or Moodle XML file to import");
        refusal.addClassName("field-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        status.addClassName("editor-status");
        status.getElement().setAttribute("role", "status");
        preview.addClassName("import-preview");
        heldChoice.setItems(HeldQuestions.values());
        heldChoice.setItemLabelGenerator(h -> h.label);
        heldChoice.addClassName("import-held");
        add(new Anchor("bank", "Back to the bank"), new H1("Import questions from GIFT or Moodle XML"),
                new Paragraph("Moodle's GIFT format or Moodle XML (Moodle's own question export): multiple choice, "
                        + "true-false, short answer, numerical, matching and ordering questions. You see every problem and what each question would become before "
                        + "anything is stored. Imported questions are drafts, hidden from students until each is linked "
                        + "to its passage in a document and published in the editor."),
                upload, refusal, preview, status, unlinked);
        showUnlinked();
    }

    /** Reads the upload into memory, but never more than the limit and one byte (enough to refuse a larger file). */
    private UploadHandler handler() {
        return event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(GiftFile.MAX_BYTES + 1);
            }
            String name = event.getFileName();
            event.getUI().access(() -> receive(name, bytes));
        };
    }

    /** Previews an uploaded file: its problems by line and the drafts it would give. */
    void receive(String name, byte[] bytes) {
        // One file at a time, but a corrected file can follow at once: the list never holds the last one.
        upload.clearFileList();
        preview.removeAll();
        status.setText("");
        refusal.setVisible(false);
        GiftImport.Preview read;
        try {
            read = importer.preview(bytes);
        } catch (GiftFile.Refused e) {
            file = null;
            refuse(e.getMessage());
            return;
        }
        fileName = GiftImportService.shortName(name);
        file = bytes;
        int n = read.candidates().size();
        if (!read.clean()) {
            var problems = new UnorderedList();
            read.problems().forEach(p -> problems.add(new ListItem("Line " + p.line() + ": " + p.reason())));
            var box = new Div(new H2(read.problems().size() + (read.problems().size() == 1 ? " problem" : " problems")
                    + " in " + fileName + ": nothing is imported until the file is fixed"), problems);
            box.addClassName("import-problems");
            box.getElement().setAttribute("role", "alert");
            preview.add(box);
        }
        if (n > 0) {
            long changed = read.heldAndChanged();
            long held = read.held();
            long fresh = n - held;
            preview.add(new H2((read.clean() ? "" : "The valid ones: ") + (held == 0
                    ? count(n) + " to import as drafts"
                    : count(n) + ": " + fresh + " new to import as drafts, " + held + " already in the bank")),
                    candidates(read.candidates()));
            heldChoice.setValue(HeldQuestions.SKIP);
            heldChoice.setVisible(changed > 0);
            if (held > 0) {
                preview.add(new Paragraph(count((int) held) + " of the file " + (held == 1 ? "is" : "are") + " already in the bank"
                        + (changed == 0 ? ", unchanged: importing skips " + (held == 1 ? "it." : "them.")
                        : "; " + changed + " of them differ" + (changed == 1 ? "s" : "") + " from the bank's version.")));
            }
            preview.add(heldChoice);
            String label = held > 0 ? (read.clean() ? "Import from this file" : "Import from the valid questions")
                    : read.clean() ? "Import " + count(n) + " as drafts"
                    : "Import only the " + n + (n == 1 ? " valid question" : " valid questions");
            var go = new Button(label, e -> importDrafts(!read.clean()));
            go.addThemeVariants(ButtonVariant.PRIMARY);
            preview.add(go);
        }
        Announcer.announce("Read " + fileName + ": " + count(n) + " to import" + (read.clean() ? "."
                : ", " + read.problems().size() + " with problems; the first on line " + read.problems().getFirst().line() + "."));
    }

    private static UnorderedList candidates(List<GiftImport.Candidate> candidates) {
        var list = new UnorderedList();
        for (GiftImport.Candidate c : candidates) {
            var item = new ListItem(new Span("Line " + c.line() + " \u00b7 " + c.spec().id() + " \u00b7 "
                    + c.spec().format().label() + (c.spec().kind() == null ? "" : " \u00b7 " + c.spec().kind().plural())
                    + ": " + c.spec().prompt()));
            var notes = new java.util.ArrayList<>(c.notes());
            if (c.inBank() != null) {
                notes.addFirst(c.inBank().unchanged() ? "already in the bank as " + c.inBank().id() + ", unchanged"
                        : "in the bank as " + c.inBank().id() + ", which differs");
            }
            if (c.lacksPassage() && c.inBank() == null) {
                notes.add("no document passage yet");
            }
            if (!notes.isEmpty()) {
                var span = new Span(" (" + String.join("; ", notes) + ")");
                span.addClassName("import-notes");
                item.add(span);
            }
            list.add(item);
        }
        return list;
    }

    private void importDrafts(boolean onlyValid) {
        GiftImportService.Imported done;
        try {
            done = importer.importDrafts(file, fileName, onlyValid, heldChoice.getValue() == HeldQuestions.UPDATE);
        } catch (IllegalStateException e) { // an update the bank's rules refuse: nothing was stored
            refuse(e.getMessage());
            return;
        }
        preview.removeAll();
        file = null;
        String message = "Imported " + count(done.created().size()) + " from " + fileName + " as drafts"
                + (done.updated().isEmpty() ? "" : "; updated " + count(done.updated().size()) + " of the bank")
                + (done.skipped().isEmpty() ? "" : "; skipped " + count(done.skipped().size()) + " already in the bank") + ".";
        status.setText(message);
        Announcer.announce(message);
        showUnlinked();
    }

    /** What to do with questions of the file the bank already holds and the file changes. */
    enum HeldQuestions {
        SKIP("Skip them: keep the bank's version"), UPDATE("Update them from this file (as edits, in their history)");

        private final String label;

        HeldQuestions(String label) {
            this.label = label;
        }
    }

    private void showUnlinked() {
        unlinked.removeAll();
        List<QuestionRow> drafts = importer.draftsWithoutPassage();
        unlinked.add(new H2("Drafts still without a document passage"));
        if (drafts.isEmpty()) {
            unlinked.add(new Paragraph("None: every draft is linked to its passage."));
            return;
        }
        unlinked.add(new Paragraph("Open each to choose its document and quote the passage that proves its answer; "
                + "then it can be published."));
        var list = new UnorderedList();
        drafts.forEach(d -> list.add(new ListItem(new Anchor(QuestionEditorView.editLocation(d.id()), d.id()),
                new Span(": " + d.prompt()))));
        list.addClassName("unlinked-drafts");
        unlinked.add(list);
    }

    private void refuse(String message) {
        refusal.setText(message);
        refusal.setVisible(true);
        Announcer.announce(message);
    }

    private static String count(int n) {
        return n + (n == 1 ? " question" : " questions");
    }
}
