package org.footnote.ui.errors;

import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import org.footnote.ui.MainLayout;

/** An address whose number is no number Footnote has ("/practice/99999999999999999999999"). */
@PageTitle("Not found · Footnote")
@ParentLayout(MainLayout.class)
@PermitAll
public class BadNumberView extends NotFoundPage<NumberFormatException> implements HasErrorParameter<NumberFormatException> {
}
