package org.footnote.quiz;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.footnote.bank.QuestionRef;

/**
 * Draws a quiz: balanced across the chosen documents and kinds (one bucket per document and
 * kind, taken in turn), never repeating a question, and preferring within each bucket the
 * questions the learner has not seen or last got wrong. Plain Java; the random source is given.
 */
public final class QuizDraw {

    private QuizDraw() {
    }

    /**
     * @param lastCorrect for each question the learner has answered, whether the latest answer was right
     * @return at most {@code length} question ids, in the order they will be asked
     */
    public static List<String> draw(List<QuestionRef> candidates, Map<String, Boolean> lastCorrect, int length, Random random) {
        Map<String, List<QuestionRef>> buckets = new LinkedHashMap<>();
        for (QuestionRef q : candidates) {
            buckets.computeIfAbsent(q.documentId() + "/" + q.kind(), k -> new ArrayList<>()).add(q);
        }
        List<Deque<QuestionRef>> queues = new ArrayList<>();
        for (List<QuestionRef> bucket : buckets.values()) {
            Collections.shuffle(bucket, random);
            // Stable sort after the shuffle: unseen and missed first, each tier in random order.
            bucket.sort(Comparator.comparingInt(q -> Boolean.TRUE.equals(lastCorrect.get(q.id())) ? 1 : 0));
            queues.add(new ArrayDeque<>(bucket));
        }
        Collections.shuffle(queues, random);
        List<String> drawn = new ArrayList<>();
        while (drawn.size() < length && queues.stream().anyMatch(q -> !q.isEmpty())) {
            for (Deque<QuestionRef> queue : queues) {
                if (drawn.size() < length && !queue.isEmpty()) {
                    drawn.add(queue.poll().id());
                }
            }
        }
        Collections.shuffle(drawn, random);
        return drawn;
    }
}
