package org.footnote.progress.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.footnote.ui.PlannedView;

@Route("progress")
@PageTitle("Progress · Footnote")
@PermitAll
public class ProgressView extends PlannedView {

    public ProgressView() {
        super("Progress", "Accuracy and mastery per document and kind of question, your streak, and the cards due in the coming days.");
    }
}
