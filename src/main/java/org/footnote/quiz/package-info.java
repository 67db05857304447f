/**
 * Taking quizzes. Owns {@code quiz_attempt} and {@code attempt_item}, and in {@code quiz.assigned} the
 * instructors' quizzes ({@code quiz}, {@code quiz_slot}, {@code quiz_class}, {@code quiz_override}).
 * Grades answers ({@code quiz.grading}, plain Java), decides when an answer reaches the rest of the
 * app and then publishes {@link org.footnote.quiz.AnswerRecorded} (and
 * {@link org.footnote.quiz.AnswerRegraded}); computes item statistics ({@code quiz.results}, plain Java).
 */
@ApplicationModule(displayName = "Quizzes")
package org.footnote.quiz;

import org.springframework.modulith.ApplicationModule;
