package org.footnote.cards.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.footnote.ui.PlannedView;

@Route("flashcards")
@PageTitle("Flashcards · Footnote")
@PermitAll
public class FlashcardsView extends PlannedView {

    public FlashcardsView() {
        super("Flashcards", "A daily queue of cards scheduled by FSRS, with the source passage on the back of every card.");
    }
}
