package org.footnote.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/** "Not found", inside the app's layout, for an address that names nothing (or nothing of yours). */
abstract class NotFoundPage<E extends Exception> extends VerticalLayout implements HasErrorParameter<E> {

    NotFoundPage() {
        addClassName("not-found");
        add(new H1("Not found"), new Paragraph("Nothing is at this address: the link may be mistyped, or what it "
                + "named was removed."), new Anchor("", "Go to your start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
