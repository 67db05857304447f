/**
 * A learner's record: Mistakes and Progress. Owns the rollups {@code daily_activity} and
 * {@code question_stats}, kept per answer and review by listening to the quiz's and the cards'
 * events. Reads other modules only through their APIs; its views are also an instructor's
 * read-only window on a student.
 */
@ApplicationModule(displayName = "Progress")
package org.footnote.progress;

import org.springframework.modulith.ApplicationModule;
