package org.footnote.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A page whose feature is still being built: it says so plainly and what the page will offer,
 * rather than pretending. Each such page is one small subclass, removed when its feature lands.
 */
public abstract class PlannedView extends VerticalLayout {

    protected PlannedView(String title, String whatItWillDo) {
        addClassName("planned-view");
        var status = new Paragraph("This part of Footnote is still being built.");
        status.addClassName("planned-status");
        add(new H2(title), status, new Paragraph(whatItWillDo));
    }
}
