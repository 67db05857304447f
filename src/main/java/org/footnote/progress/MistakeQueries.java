package org.footnote.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.footnote.cards.ReviewHistory;
import org.footnote.quiz.AnswerHistory;
import org.springframework.stereotype.Component;

/**
 * One learner's misses and right answers per question, from quiz answers and flashcard ratings: each
 * module aggregates its own records in the database ({@link AnswerHistory}, {@link ReviewHistory}),
 * and this joins the two per question (at most one row per question each).
 */
@Component
class MistakeQueries {

    /** Misses of one question: how many, the latest, and the latest wrong quiz answer (null if only lapses). */
    record Misses(int count, Instant last, String lastAnswer) {
    }

    private final AnswerHistory answers;
    private final ReviewHistory reviews;

    MistakeQueries(AnswerHistory answers, ReviewHistory reviews) {
        this.answers = answers;
        this.reviews = reviews;
    }

    /** Per question: the misses, newest first, and when the learner last got it right. */
    record History(Map<String, Misses> misses, Map<String, Instant> lastRight) {
    }

    History read(long userId) {
        Map<String, AnswerHistory.QuestionAnswers> quiz = answers.byQuestion(userId);
        Map<String, ReviewHistory.QuestionRatings> cards = reviews.byQuestion(userId);
        Set<String> questions = new HashSet<>(quiz.keySet());
        questions.addAll(cards.keySet());
        List<Map.Entry<String, Misses>> missed = new ArrayList<>();
        Map<String, Instant> lastRight = new HashMap<>();
        for (String id : questions) {
            var a = quiz.get(id);
            var r = cards.get(id);
            int count = (a == null ? 0 : a.wrong()) + (r == null ? 0 : r.lapses());
            if (count > 0) {
                Instant last = latest(a == null ? null : a.lastWrong(), r == null ? null : r.lastLapse());
                missed.add(Map.entry(id, new Misses(count, last, a == null ? null : a.lastWrongAnswer())));
            }
            Instant right = latest(a == null ? null : a.lastRight(), r == null ? null : r.lastRecall());
            if (right != null) {
                lastRight.put(id, right);
            }
        }
        missed.sort(Comparator.comparing((Map.Entry<String, Misses> e) -> e.getValue().last()).reversed());
        Map<String, Misses> misses = new LinkedHashMap<>();
        missed.forEach(e -> misses.put(e.getKey(), e.getValue()));
        return new History(misses, lastRight);
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }
}
