package org.footnote.progress;

import java.time.LocalDate;

/** One week of reviews of mature cards: how many, how many recalled, against the retention asked for. */
public record RetentionPoint(LocalDate week, int reviews, int recalled, double desired) {

    public double measured() {
        return reviews == 0 ? 0 : (double) recalled / reviews;
    }
}
