/**
 * Flashcards. Owns {@code learner_settings}, {@code card} and {@code review_log}. The FSRS-6 scheduler
 * ({@code cards.fsrs}), the daily queue and the learner's study day are plain Java. Listens to the
 * quiz's answers (a missed question comes due at once) and publishes
 * {@link org.footnote.cards.ReviewRecorded}; exposes the queue counts and study day that Progress shows.
 */
@ApplicationModule(displayName = "Flashcards")
package org.footnote.cards;

import org.springframework.modulith.ApplicationModule;
