package org.footnote.bank.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.QuestionCatalog;
import org.footnote.bank.ui.components.SourceCard;

/** The source documents, to read whole. */
@Route("documents")
@PageTitle("Documents · Footnote")
@PermitAll
public class DocumentsView extends VerticalLayout {

    public DocumentsView(QuestionCatalog catalog) {
        addClassName("documents-view");
        add(new H1("Documents"), new Paragraph("Every question is drawn from one of these texts. Read them whole here."));
        var list = new UnorderedList();
        list.addClassName("documents-list");
        for (DocumentInfo d : catalog.documents()) {
            var meta = new Span(SourceCard.byline(d.author(), d.publisher(), d.published()));
            meta.addClassName("documents-meta");
            list.add(new ListItem(new Anchor("documents/" + d.id(), d.title()), meta));
        }
        add(list);
    }
}
