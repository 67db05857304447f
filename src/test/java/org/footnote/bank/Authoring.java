package org.footnote.bank;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Questions for the authoring tests, on the test bank's document, and the clean-up that keeps the
 * shared test database's active bank as the test bank's files make it (other tests count on it).
 */
public final class Authoring {

    public static final String DOCUMENT = "test-olimov";
    public static final String ACCORD_QUOTE = "The concluding round produced a General Agreement on Peace and National "
            + "Accord in Tajikistan, signed in Moscow on 27 June 1997 in the presence of President Yeltsin.";

    private Authoring() {
    }

    /** A fresh id, so that tests sharing the database never meet each other's questions. */
    public static String freshId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid multiple-choice question about the accord. */
    public static QuestionSpec accord(String id) {
        return new QuestionSpec(id, Kind.DATE, Format.MULTIPLE_CHOICE,
                "When was the General Agreement on Peace and National Accord signed?", "27 June 1997", List.of(),
                List.of("25 May 1995", "24 November 1998", "19 October 1992"), List.of(), 2, List.of("peace-process"),
                DOCUMENT, ACCORD_QUOTE, null, "app", 0);
    }

    public static QuestionSpec withPrompt(QuestionSpec q, String prompt) {
        return new QuestionSpec(q.id(), q.kind(), q.format(), prompt, q.answer(), q.accept(), q.distractors(), q.items(),
                q.difficulty(), q.tags(), q.documentId(), q.quote(), q.explanation(), q.file(), q.line());
    }

    public static QuestionSpec withDifficulty(QuestionSpec q, int difficulty) {
        return new QuestionSpec(q.id(), q.kind(), q.format(), q.prompt(), q.answer(), q.accept(), q.distractors(), q.items(),
                difficulty, q.tags(), q.documentId(), q.quote(), q.explanation(), q.file(), q.line());
    }

    /** Retires every active question that the test bank's files do not hold (written by a test in the app). */
    public static void retireAppQuestions(QuestionRepository questions) {
        for (Question q : questions.findAll()) {
            if (q.getOrigin() == Question.Origin.APP && q.getStatus() == QuestionStatus.ACTIVE) {
                q.retire(Instant.now());
                questions.save(q);
            }
        }
    }
}
