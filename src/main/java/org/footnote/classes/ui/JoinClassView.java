package org.footnote.classes.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.footnote.classes.ClassService;
import org.footnote.shared.ui.Announcer;

/** A student joins a class with the code their instructor gave them. */
@Route("classes/join")
@PageTitle("Join a class · Footnote")
@PermitAll
public class JoinClassView extends VerticalLayout {

    private final ClassService classes;
    private final TextField code = new TextField("Class code");
    private final UnorderedList mine = new UnorderedList();
    private final Paragraph status = new Paragraph();

    public JoinClassView(ClassService classes) {
        this.classes = classes;
        addClassName("join-class-view");
        code.setPlaceholder("HKQP-7XMW");
        code.setMaxLength(20);
        code.setHelperText("Eight letters and digits, from your instructor; case and dash do not matter.");
        var join = new Button("Join", e -> join());
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClickShortcut(Key.ENTER);
        status.getElement().setAttribute("role", "status");
        add(new H1("Join a class"), new Div(code, join), status, new Paragraph("Your classes:"), mine);
        showMine();
    }

    private void join() {
        try {
            var c = classes.join(code.getValue());
            code.clear();
            code.setInvalid(false);
            status.setText("You have joined " + c.name() + ".");
            Announcer.announce(status.getText());
            showMine();
        } catch (IllegalArgumentException e) {
            code.setInvalid(true);
            code.setErrorMessage(e.getMessage());
            Announcer.announce(e.getMessage());
        }
    }

    private void showMine() {
        mine.removeAll();
        var names = classes.joinedClassNames();
        if (names.isEmpty()) {
            mine.add(new ListItem("None yet."));
        }
        names.forEach(n -> mine.add(new ListItem(n)));
    }
}
