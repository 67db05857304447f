package org.footnote.ui.errors;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.footnote.ui.MainLayout;

/** An address that matches no page ("/practice/abc"); the interface is named again for route discovery. */
@PageTitle("Not found · Footnote")
@ParentLayout(MainLayout.class)
@PermitAll
public class NotFoundView extends NotFoundPage<NotFoundException> implements HasErrorParameter<NotFoundException> {
}
