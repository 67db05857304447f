package org.footnote.quiz.assigned;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.footnote.bank.QuestionRef;
import org.footnote.quiz.DrawnQuestion;

/**
 * Draws one attempt of an assembled quiz: hand-picked questions as they are, each rule's questions
 * at random among the active ones it matches, never one question twice. Every question keeps the
 * number of the slot it fills, so results compare attempts slot by slot even when shuffled or
 * drawn differently (as Moodle does for random questions). Plain Java; the random source is given.
 */
public final class SlotDraw {

    private SlotDraw() {
    }

    public static List<DrawnQuestion> draw(List<SlotSpec> slots, List<QuestionRef> active, boolean shuffle, Random random) {
        Set<String> activeIds = new HashSet<>();
        active.forEach(q -> activeIds.add(q.id()));
        Set<String> used = new HashSet<>();
        slots.stream().filter(s -> s.questionId() != null).forEach(s -> used.add(s.questionId()));
        List<DrawnQuestion> drawn = new ArrayList<>();
        int slot = 0;
        for (SlotSpec spec : slots) {
            if (spec.rule() == null) {
                // A question retired since assembly is left out; its slot number stays taken.
                if (activeIds.contains(spec.questionId())) {
                    drawn.add(new DrawnQuestion(spec.questionId(), slot));
                }
            } else {
                List<QuestionRef> pool = new ArrayList<>(active.stream()
                        .filter(q -> spec.rule().matches(q) && !used.contains(q.id())).toList());
                Collections.shuffle(pool, random);
                for (int i = 0; i < spec.rule().count() && i < pool.size(); i++) {
                    used.add(pool.get(i).id());
                    drawn.add(new DrawnQuestion(pool.get(i).id(), slot + i));
                }
            }
            slot += spec.size();
        }
        if (shuffle) {
            Collections.shuffle(drawn, random);
        }
        return drawn;
    }

    /** How many active questions a rule could draw from, leaving out the hand-picked ones. */
    public static int available(DrawRule rule, List<QuestionRef> active, Set<String> handPicked) {
        return (int) active.stream().filter(q -> rule.matches(q) && !handPicked.contains(q.id())).count();
    }
}
