package org.footnote.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import org.footnote.bank.SourcePassage;
import org.junit.jupiter.api.Test;
import org.footnote.bank.ui.components.SourceCard;

/** A citation says what the document states and leaves the rest out: no placeholder, no empty slot. */
class SourceCardTest {

    private static SourcePassage passage(String publisher) {
        return new SourcePassage("dyer", "Between the Bear and the Dragon", "Theo Dyer", publisher, "2025-09-26",
                "a quote", null, "dyer-q", null);
    }

    private static String citation(SourceCard card) {
        return card.getChildren().filter(c -> c.hasClassName("source-citation")).map(Div.class::cast).findFirst()
                .orElseThrow().getElement().getTextRecursively();
    }

    @Test
    void anUnknownPublisherIsLeftOut() {
        assertThat(citation(new SourceCard(passage(null))))
                .isEqualTo("Between the Bear and the Dragon \u2014 Theo Dyer, 26 September 2025");
        assertThat(passage(null).citation()).isEqualTo("Theo Dyer, 2025-09-26");
        assertThat(SourceCard.byline("Theo Dyer", null, "2025-09-26")).isEqualTo("Theo Dyer \u00b7 26 September 2025");
    }

    @Test
    void aKnownPublisherIsCited() {
        assertThat(citation(new SourceCard(passage("Diplomatic Courier"))))
                .isEqualTo("Between the Bear and the Dragon \u2014 Theo Dyer, Diplomatic Courier, 26 September 2025");
        assertThat(SourceCard.byline("Theo Dyer", "SIPRI", "1999")).isEqualTo("Theo Dyer \u00b7 SIPRI \u00b7 1999");
    }
}
