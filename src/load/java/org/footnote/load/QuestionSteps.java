package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static org.footnote.load.Vaadin.client;
import static org.footnote.load.Vaadin.uidl;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answering the question on the quiz page (practice and assigned alike) as a person does in the
 * browser: a choice is clicked, a typed answer is typed (the field syncs its value once, on change,
 * when the Check button takes the focus), an ordering is left as shown; then the Check (or Save) button.
 */
final class QuestionSteps {

    private static final String CHOICE = "answer-choice";
    private static final String TEXT = "answer-text";
    /** Typed answers of the kinds the bank asks for (dates, actors, places, terms); right or wrong, they are graded. */
    private static final List<String> TYPED = List.of("1997", "Emomali Rahmon", "Russia", "the civil war",
            "201st division", "Dushanbe", "CSTO", "the peace accord");

    private QuestionSteps() {
    }

    /** Reads the question, answers it and presses the button, whose response must pass {@code shown}. */
    static ChainBuilder answer(String name, Pace pace, CheckBuilder shown) {
        return doIf(session -> client(session).has(CHOICE)).then(exec(uidl(name + ": options shown", QuestionSteps::shown)))
                .exec(pace.readQuestion())
                .doIf(session -> client(session).has(CHOICE)).then(exec(uidl(name + ": choose", QuestionSteps::choose)))
                .doIf(session -> client(session).has(TEXT)).then(type(name, pace))
                .exec(uidl(name + ": check", c -> List.of(c.click(c.node("quiz-check")))).check(shown))
                .exec(Tally.ANSWERS.add());
    }

    /** Once drawn, the radio group and its buttons report their initial value and checked state. */
    private static List<ObjectNode> shown(VaadinClient c) {
        int group = c.node(CHOICE);
        List<Integer> radios = radios(c, group);
        List<ObjectNode> rpc = new ArrayList<>();
        rpc.add(c.changed(group, "value-changed"));
        radios.forEach(r -> rpc.add(c.changed(r, "checked-changed")));
        rpc.add(c.sync(group, "value", ""));
        radios.forEach(r -> rpc.add(c.sync(r, "checked", false)));
        return rpc;
    }

    /** A click on one of the options, at random: the button is checked, the group takes its item key. */
    private static List<ObjectNode> choose(VaadinClient c) {
        int group = c.node(CHOICE);
        List<Integer> radios = radios(c, group);
        int radio = radios.get(ThreadLocalRandom.current().nextInt(radios.size()));
        String key = c.tree().property(radio, "value").asString();
        return List.of(c.sync(radio, "checked", true), c.changed(radio, "checked-changed"),
                c.sync(group, "value", key), c.changed(group, "value-changed"));
    }

    /** Typing takes a keystroke's pause per character; the browser then sends the value with its change event. */
    private static ChainBuilder type(String name, Pace pace) {
        return exec(session -> session.set("typed", TYPED.get(ThreadLocalRandom.current().nextInt(TYPED.size()))))
                .exec(repeat(session -> session.getString("typed").length(), "key").on(exec(pace.keystroke())))
                .exec(uidl(name + ": type", (c, session) -> {
                    int field = c.node(TEXT);
                    return List.of(c.sync(field, "value", session.getString("typed")), c.changed(field, "change"));
                }));
    }

    private static List<Integer> radios(VaadinClient c, int group) {
        List<Integer> radios = c.tree().children(group).stream()
                .filter(n -> "vaadin-radio-button".equals(c.tree().tag(n))).toList();
        if (radios.isEmpty()) {
            throw new IllegalStateException("the choice shows no options");
        }
        return radios;
    }
}
