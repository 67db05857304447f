package org.footnote.cards.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ShortcutRegistration;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.footnote.bank.Format;
import org.footnote.bank.QuestionDetails;
import org.footnote.cards.CardAlreadyRatedException;
import org.footnote.cards.QueueCounts;
import org.footnote.cards.ReviewCard;
import org.footnote.cards.ReviewService;
import org.footnote.cards.fsrs.Rating;
import org.footnote.shared.ServerTimings;
import org.footnote.shared.ui.Announcer;
import org.footnote.shared.ui.Times;
import org.footnote.bank.ui.components.SourceCard;

/**
 * Today's flashcards: the prompt, then (Space or "Show answer") the answer with its source, then a
 * rating from Again to Easy (keys 1-4), each button showing the interval it would schedule.
 */
@Route("flashcards")
@PageTitle("Flashcards · Footnote")
@PermitAll
public class FlashcardsView extends VerticalLayout {

    private final ReviewService reviews;
    private final ServerTimings timings;
    private final Span counts = new Span();
    private final Div stage = new Div();
    private final List<ShortcutRegistration> keys = new ArrayList<>();
    private ReviewCard card;
    private boolean answerShown;
    private long shownAt;

    public FlashcardsView(ReviewService reviews, ServerTimings timings) {
        this.reviews = reviews;
        this.timings = timings;
        addClassName("flashcards-view");
        counts.addClassName("flashcards-counts");
        var settings = new Anchor("flashcards/settings", "Settings");
        var header = new Div(new H1("Flashcards"), counts, settings);
        header.addClassName("flashcards-header");
        stage.addClassName("flashcard");
        add(header, stage);
        show(timings.nextCard(reviews::next));
    }

    private void show(Optional<ReviewCard> next) {
        clearKeys();
        stage.removeAll();
        card = next.orElse(null);
        answerShown = false;
        if (card == null) {
            showDone(reviews.counts());
            return;
        }
        showCounts(card.counts());
        QuestionDetails q = card.question();
        var label = new Span((card.isNew() ? "New card" : "Review") + " \u00b7 " + q.kind().plural().replaceFirst("s$", "")
                + " \u00b7 " + q.source().author());
        label.addClassName("flashcard-label");
        var prompt = new H2(q.prompt());
        prompt.addClassName("flashcard-prompt");
        prompt.setId("flashcard-prompt");
        var show = new Button("Show answer", e -> showAnswer());
        show.addThemeVariants(ButtonVariant.PRIMARY);
        show.setId("show-answer");
        var hint = new Span("Space shows the answer.");
        hint.addClassName("flashcard-hint");
        stage.add(label, prompt, show, hint);
        keys.add(Shortcuts.addShortcutListener(this, this::showAnswer, Key.SPACE).listenOn(this));
        show.focus();
        shownAt = System.nanoTime();
    }

    private void showAnswer() {
        if (card == null || answerShown) {
            return;
        }
        answerShown = true;
        stage.getChildren().filter(c -> c instanceof Button || c.hasClassName("flashcard-hint")).toList()
                .forEach(stage::remove);
        QuestionDetails q = card.question();
        var back = new Div();
        back.addClassName("flashcard-back");
        back.add(answer(q));
        if (q.explanation() != null && !q.explanation().isBlank()) {
            var why = new Paragraph(q.explanation());
            why.addClassName("flashcard-explanation");
            back.add(why);
        }
        back.add(new SourceCard(q.source()));
        if (!card.isNew()) {
            var recall = new Paragraph("Chance you would recall this now: " + Math.round(card.retrievability() * 100) + "%");
            recall.addClassName("flashcard-recall");
            back.add(recall);
        }
        stage.add(back, ratingButtons());
        // Focus the answer, not a rating button: the Space that showed it may still be held, and its
        // key-up on a focused button would rate the card unseen. Keys 1-4 rate from here.
        back.getElement().setAttribute("tabindex", "-1");
        back.getElement().callJsFunction("focus");
        Announcer.announce("Answer: " + q.displayAnswer() + ". Rate it with keys 1 to 4.");
    }

    private Div ratingButtons() {
        var buttons = new Div();
        buttons.addClassName("rating-buttons");
        buttons.getElement().setAttribute("role", "group");
        buttons.getElement().setAttribute("aria-label", "How well did you recall it?");
        for (Rating rating : Rating.values()) {
            Duration interval = card.intervals().get(rating);
            var button = new Button(rating.label() + " \u00b7 " + IntervalText.of(interval), e -> rate(rating));
            button.setAriaLabel(rating.label() + ", next in " + IntervalText.spoken(interval) + " (key " + rating.value() + ")");
            button.addClassName("rating-" + rating.name().toLowerCase());
            button.setId("rate-" + rating.name().toLowerCase());
            if (rating == Rating.GOOD) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            }
            buttons.add(button);
            keys.add(Shortcuts.addShortcutListener(this, () -> rate(rating), Key.of(String.valueOf(rating.value())))
                    .listenOn(this));
        }
        return buttons;
    }

    private void rate(Rating rating) {
        if (card == null || !answerShown) {
            return;
        }
        long ms = (System.nanoTime() - shownAt) / 1_000_000;
        Duration interval = card.intervals().get(rating);
        try {
            var next = timings.rating(() -> reviews.rate(card, rating, ms));
            Announcer.announce("Rated " + rating.label() + "; back in " + IntervalText.spoken(interval) + ".");
            show(next);
        } catch (CardAlreadyRatedException e) {
            show(reviews.next());
            var notice = new Paragraph(e.getMessage());
            notice.addClassName("flashcard-notice");
            stage.addComponentAsFirst(notice);
            Announcer.announce(e.getMessage());
        }
    }

    private void showCounts(QueueCounts c) {
        counts.setText(c.due() + " due \u00b7 " + c.fresh() + " new \u00b7 " + c.reviewedToday() + " reviewed today");
    }

    private void showDone(QueueCounts c) {
        showCounts(c);
        var done = new H2("All done for today");
        var text = new Paragraph(c.nextDue() == null ? "No cards are waiting. New cards arrive tomorrow."
                : "The next card is due " + Times.format(c.nextDue()) + ".");
        var practice = new Anchor("practice", "Practise with a quiz instead");
        stage.add(done, text, practice);
        Announcer.announce("All done for today.");
    }

    private static com.vaadin.flow.component.Component answer(QuestionDetails q) {
        if (q.format() == Format.ORDERING) {
            var list = new OrderedList();
            q.itemTexts().forEach(t -> list.add(new ListItem(t)));
            list.addClassName("flashcard-answer");
            return list;
        }
        var answer = new Paragraph(q.displayAnswer());
        answer.addClassName("flashcard-answer");
        return answer;
    }

    private void clearKeys() {
        keys.forEach(ShortcutRegistration::remove);
        keys.clear();
    }
}
