package org.footnote.quiz.assigned;

import java.util.List;
import org.footnote.bank.DocumentInfo;

/** A rule in words: "5 random date questions from Olimov (1999), difficulty 2". */
public final class RuleText {

    private RuleText() {
    }

    public static String describe(DrawRule rule, List<DocumentInfo> documents) {
        String kind = rule.kind() == null ? "" : rule.kind().code() + " ";
        String from = rule.documentId() == null ? "any document" : documents.stream()
                .filter(d -> d.id().equals(rule.documentId())).map(DocumentInfo::shortName).findFirst().orElse(rule.documentId());
        String level = rule.difficulty() == null ? "" : ", difficulty " + rule.difficulty();
        return rule.count() + " random " + kind + (rule.count() == 1 ? "question" : "questions") + " from " + from + level;
    }
}
