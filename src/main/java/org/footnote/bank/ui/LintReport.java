package org.footnote.bank.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Map;
import org.footnote.bank.files.BankLint;

/**
 * The Bank page's lint: how many questions give their answer away, by rule, each warning a link to
 * the question's editor. The rules and their reasons are {@link BankLint}'s.
 */
class LintReport extends Div {

    LintReport(List<BankLint.Warning> warnings) {
        addClassName("lint-report");
        add(new H2("Questions that give their answer away"));
        if (warnings.isEmpty()) {
            add(new Paragraph("No warnings: every active question passes the bank's lint rules (the answer is not the "
                    + "longest option, no false statement hangs on one absolute word, no prompt names its answer, and so on)."));
            return;
        }
        add(new Paragraph(warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")
                + ". Each one is a way to answer without knowing; open the question to mend it."));
        Map<BankLint.Rule, Long> counts = BankLint.count(warnings);
        for (BankLint.Rule rule : BankLint.Rule.values()) {
            long n = counts.get(rule);
            if (n == 0) {
                continue;
            }
            var list = new UnorderedList();
            warnings.stream().filter(w -> w.rule() == rule).forEach(w -> list.add(new ListItem(
                    new Anchor("bank/questions/" + w.questionId() + "/edit", w.questionId()), new Span(": " + w.message()))));
            var details = new Details(rule.label() + " (" + n + ")", list);
            details.addClassName("lint-rule");
            add(details);
        }
    }
}
