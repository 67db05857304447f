package org.footnote.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.footnote.bank.SourcePassage;
import org.footnote.quiz.Feedback;
import org.footnote.bank.ui.components.SourceCard;
import org.junit.jupiter.api.Test;

class FeedbackPanelTest {

    private static SourcePassage passage(String quote, int item) {
        return new SourcePassage("dyer", "Between the Bear and the Dragon", "Theo Dyer", "n/a", "2025-09-26", quote, null,
                "dyer-route", item);
    }

    @Test
    void orderingItemsSharingAPassageShowItOnce() {
        String route = "goods through Central Asia, across the Caspian Sea and Caucasus, and into Türkiye and Europe";
        var feedback = new Feedback(true, false, 1.0 / 3, false, "b \u2192 a \u2192 c", "a \u2192 b \u2192 c", null,
                passage(route, 0), List.of(new Feedback.OrderedItem(1, "a", false, passage(route, 0)),
                new Feedback.OrderedItem(2, "b", false, passage(route, 1)),
                new Feedback.OrderedItem(3, "c", true, passage("another sentence entirely", 2))));

        var panel = new FeedbackPanel(feedback);

        assertThat(panel.getChildren().filter(SourceCard.class::isInstance).count()).isEqualTo(2);
    }

    @Test
    void anUnansweredQuestionSaysSoAndStillShowsTheRightAnswerAndItsSource() {
        var feedback = new Feedback(true, false, 0, false, "", "a \u2192 b", "Because.", passage("one", 0),
                List.of(new Feedback.OrderedItem(1, "a", false, passage("one", 0)),
                        new Feedback.OrderedItem(2, "b", false, passage("two", 1))), null, null, false, false);

        var panel = new FeedbackPanel(feedback);

        String text = panel.getElement().getTextRecursively();
        assertThat(text).contains("Not answered", "Your answer: (none)", "Correct answer: a \u2192 b").doesNotContain("moved");
        assertThat(panel.getChildren().filter(SourceCard.class::isInstance).count()).isEqualTo(2);
    }

    @Test
    void aRightOrderIsShownOnceNotAsTheAnswerAndAgainAsTheRightOne() {
        var feedback = new Feedback(true, true, 1.0, false, "a \u2192 b", "a \u2192 b", null, passage("first", 0),
                List.of(new Feedback.OrderedItem(1, "a", true, passage("first", 0)),
                        new Feedback.OrderedItem(2, "b", true, passage("second", 1))));

        var panel = new FeedbackPanel(feedback);

        assertThat(panel.getChildren().filter(Paragraph.class::isInstance).map(c -> c.getElement().getTextRecursively()))
                .containsExactly("Your answer: a \u2192 b");
        assertThat(panel.getChildren().filter(OrderedList.class::isInstance)).isEmpty();
        assertThat(panel.getChildren().filter(SourceCard.class::isInstance).count()).isEqualTo(2);
    }

    @Test
    void aWrongOrderShowsTheRightOneWithEachItemsPlace() {
        var feedback = new Feedback(true, false, 0, false, "b \u2192 a", "a \u2192 b", null, passage("first", 0),
                List.of(new Feedback.OrderedItem(1, "a", false, passage("first", 0)),
                        new Feedback.OrderedItem(2, "b", false, passage("second", 1))));

        var panel = new FeedbackPanel(feedback);

        assertThat(panel.getChildren().filter(Paragraph.class::isInstance).map(c -> c.getElement().getTextRecursively()))
                .containsExactly("Your answer: b \u2192 a", "Correct answer: a \u2192 b");
        assertThat(panel.getChildren().filter(OrderedList.class::isInstance)).hasSize(1);
    }
}
