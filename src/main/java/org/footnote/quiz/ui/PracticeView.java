package org.footnote.quiz.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.footnote.ui.PlannedView;

@Route("practice")
@PageTitle("Practice · Footnote")
@PermitAll
public class PracticeView extends PlannedView {

    public PracticeView() {
        super("Practice", "Choose documents, kinds of question and a length; after each answer you will see the passage that proves it.");
    }
}
