package org.footnote.load;

import static io.gatling.javaapi.core.CoreDsl.bodyString;

import io.gatling.javaapi.core.CheckBuilder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a UIDL response puts on the page what the person expects to see. A failure says what
 * the page showed instead (its first sentence), so that a time limit that ran out or an error page
 * is told apart from a broken step in Gatling's error table.
 */
final class Shows {

    /** A text node's value (feature 7) of a sentence's length. */
    private static final Pattern SENTENCE = Pattern.compile("\"feat\":7,\"value\":\"([^\"]{20,}?)\"");

    private Shows() {
    }

    static CheckBuilder text(String literal) {
        return pattern(Pattern.quote(literal), literal);
    }

    static CheckBuilder pattern(String regex, String description) {
        Pattern expected = Pattern.compile(regex);
        return bodyString().validate("shows " + description, (body, session) -> {
            if (!expected.matcher(body).find()) {
                Matcher said = SENTENCE.matcher(body);
                throw new IllegalStateException("expected " + description + " on the page, which said: "
                        + (said.find() ? said.group(1) : "nothing new"));
            }
            return body;
        });
    }
}
