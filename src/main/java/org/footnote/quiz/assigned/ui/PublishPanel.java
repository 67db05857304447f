package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.footnote.classes.ClassService.ClassSummary;

/** The classes a quiz is handed to: tick them and publish; untick to take it back from a class. */
class PublishPanel extends Div {

    private final CheckboxGroup<ClassSummary> classes = new CheckboxGroup<>("Publish to these classes");
    private List<ClassSummary> taught = List.of();

    PublishPanel(Consumer<Set<Long>> publish) {
        addClassName("publish-panel");
        classes.setItemLabelGenerator(c -> c.name() + " (" + c.students() + (c.students() == 1 ? " student)" : " students)"));
        var button = new Button("Save publishing", e -> publish.accept(
                classes.getValue().stream().map(ClassSummary::id).collect(Collectors.toSet())));
        button.addThemeVariants(ButtonVariant.PRIMARY);
        add(new H2("Publish"), classes, button);
    }

    void show(List<ClassSummary> taught, Set<Long> publishedTo) {
        this.taught = taught;
        classes.setItems(taught);
        classes.setValue(taught.stream().filter(c -> publishedTo.contains(c.id())).collect(Collectors.toSet()));
        if (taught.isEmpty()) {
            classes.setHelperText("You teach no classes yet: create one under Classes first.");
        }
    }

    String names(Set<Long> ids) {
        return taught.stream().filter(c -> ids.contains(c.id())).map(ClassSummary::name).collect(Collectors.joining(", "));
    }
}
