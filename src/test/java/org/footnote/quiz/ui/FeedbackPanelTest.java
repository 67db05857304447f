package org.footnote.quiz.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.footnote.bank.SourcePassage;
import org.footnote.quiz.Feedback;
import org.footnote.ui.SourceCard;
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
}
