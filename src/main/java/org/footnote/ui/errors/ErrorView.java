package org.footnote.ui.errors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.footnote.ui.MainLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;

/**
 * A page that failed to open, said in words and never as a stack trace: the database out of reach,
 * or something unexpected (logged with its cause, for whoever runs Footnote).
 */
@PageTitle("Something went wrong · Footnote")
@ParentLayout(MainLayout.class)
@PermitAll
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        addClassName("error-view");
        removeAll();
        if (Failures.isStorage(parameter.getException())) {
            log.error("A page could not reach the database: {}", event.getLocation().getPath(), parameter.getException());
            add(new H1("Footnote cannot reach its data right now"), new Paragraph(Failures.STORAGE_MESSAGE));
            add(new Anchor(event.getLocation().getPathWithQueryParameters(), "Try this page again"));
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        log.error("A page failed to open: {}", event.getLocation().getPath(), parameter.getException());
        add(new H1("Something went wrong"), new Paragraph("This page could not be opened. Nothing you did was lost; "
                + "try again, and if it happens again, tell whoever runs Footnote."), new Anchor("", "Go to your start page"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** What kind of failure an exception is, and what to say of it. */
    static final class Failures {

        static final String STORAGE_MESSAGE = "Footnote cannot save right now. What you just did was not saved; "
                + "try again in a moment.";

        private Failures() {
        }

        /** The database failed (full disk, closed file, lost connection), anywhere in the causes. */
        static boolean isStorage(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof java.sql.SQLException) {
                    return true;
                }
            }
            return false;
        }
    }
}
