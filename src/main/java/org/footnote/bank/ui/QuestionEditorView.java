package org.footnote.bank.ui;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.footnote.account.Role;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.DocumentPage;
import org.footnote.bank.DocumentReader;
import org.footnote.bank.EditableQuestion;
import org.footnote.bank.InvalidQuestionException;
import org.footnote.bank.files.QuestionBreach;
import org.footnote.bank.QuestionChangedException;
import org.footnote.bank.QuestionEditService;
import org.footnote.bank.QuestionStatus;
import org.footnote.shared.ui.Announcer;

/**
 * Edits one question, or writes a new one (from a passage selected in a document, or from
 * nothing). Saving runs the bank files' rules and shows each breach beside its field; nothing
 * invalid is saved. A save over someone else's newer one is refused with what they changed.
 */
@Route("bank/questions/:questionId/edit")
@RouteAlias("bank/questions/new")
@RolesAllowed(Role.INSTRUCTOR_NAME)
public class QuestionEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Where a new question is written; {@code ?document=<id>&quote=<words>} fills its passage. */
    public static final String NEW = "bank/questions/new";

    private final QuestionEditService edits;
    private final List<DocumentInfo> documents;
    private final QuestionForm form;
    private final H1 heading = new H1();
    private final Div summary = new Div();
    private final Paragraph status = new Paragraph();
    private final Div conflict = new Div();
    private final Div beforePublishing = new Div();
    private final Anchor inContext = new Anchor();
    private final RevisionHistory history = new RevisionHistory();
    private EditableQuestion current;

    public QuestionEditorView(QuestionEditService edits, DocumentReader reader) {
        this.edits = edits;
        this.documents = edits.documents();
        this.form = new QuestionForm(documents, id -> reader.page(id).map(DocumentPage::blocks).orElse(List.of()));
        addClassName("question-editor");
        summary.addClassName("editor-errors");
        summary.getElement().setAttribute("role", "alert");
        summary.setVisible(false);
        status.addClassName("editor-status");
        status.getElement().setAttribute("role", "status");
        conflict.addClassName("editor-conflict");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        beforePublishing.addClassName("editor-to-publish");
        var save = new Button("Save", e -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL);
        save.getElement().setAttribute("title", "Save (Ctrl+S)");
        var back = new Anchor("bank", "Back to the bank");
        inContext.setText("Read the passage in its document");
        var actions = new Div(save, back, inContext);
        actions.addClassName("editor-actions");
        add(heading, summary, conflict, form, status, beforePublishing, actions, history);
    }

    public static String editLocation(String questionId) {
        return "bank/questions/" + questionId + "/edit";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("questionId");
        if (id.isPresent()) {
            var q = edits.load(id.get());
            if (q.isEmpty()) {
                event.rerouteToError(NotFoundException.class, "No question '" + id.get() + "'");
                return;
            }
            open(q.get());
        } else {
            var params = event.getLocation().getQueryParameters();
            open(edits.blank(params.getSingleParameter("document").orElse(null),
                    params.getSingleParameter("quote").orElse(null)));
        }
    }

    @Override
    public String getPageTitle() {
        return (current == null || current.isNew() ? "New question" : "Edit " + current.spec().id()) + " \u00b7 Footnote";
    }

    private void open(EditableQuestion q) {
        current = q;
        form.show(q, documents);
        form.clearBreaches();
        summary.setVisible(false);
        conflict.setVisible(false);
        heading.setText(q.isNew() ? "New question" : "Edit question " + q.spec().id());
        showBeforePublishing(q.status() == QuestionStatus.DRAFT ? edits.validatorFor(q.spec()).breaches(q.spec()) : List.of());
        showContextLink();
        if (q.isNew()) {
            history.setVisible(false);
        } else {
            history.setVisible(true);
            history.show(edits.history(q.spec().id()));
        }
    }

    /** Saves what the form holds: the Save button, or Ctrl+S. */
    void save() {
        form.clearBreaches();
        summary.setVisible(false);
        conflict.setVisible(false);
        try {
            var saved = edits.save(form.read(), form.status(), current.isNew() ? null : current.version());
            boolean wasNew = current.isNew();
            current = saved.question();
            form.show(current, documents);
            heading.setText("Edit question " + current.spec().id());
            history.setVisible(true);
            history.show(edits.history(current.spec().id()));
            showBeforePublishing(saved.beforePublishing());
            showContextLink();
            say(!saved.changed() ? "Nothing changed, so nothing was saved." : wasNew ? "Saved the new question "
                    + current.spec().id() + "." : "Saved.");
            if (wasNew) {
                UI.getCurrent().getPage().getHistory().replaceState(null, editLocation(current.spec().id()));
            }
        } catch (InvalidQuestionException e) {
            showBreaches(e.breaches());
        } catch (QuestionChangedException e) {
            showConflict(e);
        }
    }

    private void showBreaches(List<QuestionBreach> breaches) {
        Focusable<?> first = form.showBreaches(breaches);
        summary.removeAll();
        var list = new UnorderedList();
        breaches.forEach(b -> list.add(new ListItem(b.toString())));
        String headline = "Not saved: " + breaches.size() + (breaches.size() == 1 ? " problem" : " problems")
                + ", each shown beside its field.";
        summary.add(new Paragraph(headline), list);
        summary.setVisible(true);
        status.setText("");
        Announcer.announce(headline + " " + breaches.getFirst());
        if (first != null) {
            first.focus();
        }
    }

    private void showConflict(QuestionChangedException e) {
        conflict.removeAll();
        conflict.add(new Paragraph(e.getMessage() + " Nothing was saved; your changes are still in the form."));
        if (e.latest() != null && !e.latest().changes().isEmpty()) {
            var theirs = new UnorderedList();
            e.latest().changes().forEach(c -> theirs.add(RevisionHistory.change(c)));
            conflict.add(new Paragraph("What they changed:"), theirs);
        }
        var reload = new Button("Discard mine and load theirs", ev -> edits.load(current.spec().id()).ifPresent(this::open));
        var overwrite = new Button("Save mine over theirs", ev -> edits.load(current.spec().id()).ifPresent(latest -> {
            current = new EditableQuestion(current.spec(), current.status(), current.origin(), latest.version(), false);
            save();
        }));
        conflict.add(new Div(reload, overwrite));
        conflict.setVisible(true);
        status.setText("");
        Announcer.announce(e.getMessage() + " Nothing was saved.");
        reload.focus();
    }

    private void showBeforePublishing(List<QuestionBreach> breaches) {
        beforePublishing.removeAll();
        if (!breaches.isEmpty()) {
            var list = new UnorderedList();
            breaches.forEach(b -> list.add(new ListItem(b.toString())));
            beforePublishing.add(new H2("Before this draft can be published"), list);
        }
        beforePublishing.setVisible(!breaches.isEmpty());
    }

    private void showContextLink() {
        var spec = current.spec();
        boolean linked = !current.isNew() && spec.documentId() != null && current.status() != QuestionStatus.DRAFT;
        inContext.setVisible(linked);
        if (linked) {
            inContext.setHref("documents/" + spec.documentId() + "?q=" + spec.id());
        }
    }

    private void say(String message) {
        status.setText(message);
        Announcer.announce(message);
    }
}
