package org.footnote.cards.ui;

import java.time.Duration;
import java.util.Locale;

/** Short interval labels for the rating buttons: "1 min", "6 min", "3 h", "11 d", "4.2 mo", "1.5 y". */
final class IntervalText {

    private IntervalText() {
    }

    static String of(Duration d) {
        long minutes = Math.max(1, (d.toSeconds() + 59) / 60);
        if (minutes < 60) {
            return minutes + " min";
        }
        if (minutes < 24 * 60) {
            return Math.round(minutes / 60.0) + " h";
        }
        long days = Math.round(minutes / 1440.0);
        if (days < 100) {
            return days + " d";
        }
        if (days < 365) {
            return String.format(Locale.ROOT, "%.1f mo", days / 30.4);
        }
        return String.format(Locale.ROOT, "%.1f y", days / 365.25);
    }

    /** Spoken form for the live region and aria-labels: "10 minutes", "11 days". */
    static String spoken(Duration d) {
        return of(d).replace(" min", " minutes").replace(" h", " hours").replace(" d", " days")
                .replace(" mo", " months").replace(" y", " years");
    }
}
