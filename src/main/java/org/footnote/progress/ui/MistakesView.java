package org.footnote.progress.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.footnote.ui.PlannedView;

@Route("mistakes")
@PageTitle("Mistakes · Footnote")
@PermitAll
public class MistakesView extends PlannedView {

    public MistakesView() {
        super("Mistakes", "Every question you have missed, with your answer, the right one and its source, ready to practise again.");
    }
}
