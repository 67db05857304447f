package org.footnote.bank;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.footnote.FootnoteProperties;
import org.footnote.bank.ui.BankView;
import org.footnote.support.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BankViewTest extends KaribuTest {

    @Autowired
    FootnoteProperties properties;
    @Autowired
    BankSyncService sync;

    @Test
    void anInstructorSeesTheBankCountedByDocumentKindAndFormat() {
        LoadedBank real = LoadedBank.load(properties.bankDir());
        login(newInstructor());
        UI.getCurrent().navigate(BankView.class);

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("bank-headline")).getText())
                .startsWith(real.questions().size() + " active questions from " + real.documents().size() + " documents");
        List<Grid> grids = _find(Grid.class);
        assertThat(grids).hasSize(2);
        assertThat(GridKt._size(grids.get(0))).isEqualTo(real.documents().size());
        assertThat(GridKt._size(grids.get(1))).isEqualTo(real.documents().size());
    }

    @Test
    void aRefusedBankIsShownWithEveryProblem() {
        sync.refuse(List.of(new BankProblem("questions/x.yaml", 12, "x-1: the answer must appear in the quote")));
        try {
            login(newInstructor());
            UI.getCurrent().navigate(BankView.class);
            assertThat(_find(com.vaadin.flow.component.html.ListItem.class)).extracting(li -> li.getText())
                    .containsExactly("questions/x.yaml:12: x-1: the answer must appear in the quote");
        } finally {
            sync.sync(LoadedBank.load(properties.bankDir()));
        }
    }
}
