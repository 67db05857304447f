package org.footnote.shared;

import java.time.LocalDate;

/** A number for one day: reviews and answers done, or cards coming due. */
public record DayCount(LocalDate day, int count) {
}
