package org.footnote.cards.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.QuestionCatalog;
import org.footnote.cards.StudySettings;
import org.footnote.cards.StudySettingsService;
import org.footnote.ui.Announcer;

/** A learner's flashcard settings: retention, daily limits, when the day starts, which documents. */
@Route("flashcards/settings")
@PageTitle("Flashcard settings · Footnote")
@PermitAll
public class StudySettingsView extends VerticalLayout {

    private final StudySettingsService service;
    private final IntegerField retention = new IntegerField("Desired retention (%)");
    private final IntegerField newPerDay = new IntegerField("New cards per day");
    private final IntegerField reviewsPerDay = new IntegerField("Reviews per day");
    private final IntegerField maximumInterval = new IntegerField("Longest interval (days)");
    private final Select<Integer> dayStarts = new Select<>();
    private final ComboBox<String> timeZone = new ComboBox<>("Time zone");
    private final CheckboxGroup<DocumentInfo> documents = new CheckboxGroup<>("Documents to study");
    private final Paragraph status = new Paragraph();

    public StudySettingsView(StudySettingsService service, QuestionCatalog catalog) {
        this.service = service;
        addClassName("study-settings-view");
        StudySettings current = service.mine();
        retention.setMin(70);
        retention.setMax(97);
        retention.setStepButtonsVisible(true);
        retention.setHelperText("Higher means you forget less but review more often; 90% is a good balance, "
                + "and each point above it costs noticeably more reviews.");
        retention.setValue((int) Math.round(current.desiredRetention() * 100));
        newPerDay.setMin(0);
        newPerDay.setMax(500);
        newPerDay.setValue(current.newPerDay());
        reviewsPerDay.setMin(1);
        reviewsPerDay.setMax(5000);
        reviewsPerDay.setValue(current.reviewsPerDay());
        maximumInterval.setMin(1);
        maximumInterval.setMax(36_500);
        maximumInterval.setValue(current.maximumInterval());
        dayStarts.setLabel("A new day starts at");
        dayStarts.setItems(IntStream.range(0, 24).boxed().toList());
        dayStarts.setItemLabelGenerator(h -> String.format("%02d:00", h));
        dayStarts.setValue(current.dayStartsHour());
        timeZone.setItems(new TreeSet<>(ZoneId.getAvailableZoneIds()));
        timeZone.setValue(current.timeZone().getId());
        if (!service.customised()) {
            getElement().executeJs("return Intl.DateTimeFormat().resolvedOptions().timeZone").then(String.class,
                    zone -> { if (ZoneId.getAvailableZoneIds().contains(zone)) { timeZone.setValue(zone); } });
        }
        List<DocumentInfo> all = catalog.documents();
        documents.setItems(all);
        documents.setItemLabelGenerator(d -> d.shortName() + ": " + d.title());
        documents.setValue(current.documentIds().isEmpty() ? new LinkedHashSet<>(all)
                : all.stream().filter(d -> current.documentIds().contains(d.id())).collect(Collectors.toSet()));
        status.addClassName("settings-status");
        status.getElement().setAttribute("role", "status");

        var save = new Button("Save settings", e -> save(all.size()));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        var form = new Div(retention, newPerDay, reviewsPerDay, dayStarts, timeZone, maximumInterval, documents, status,
                save, new Anchor("flashcards", "Back to flashcards"));
        form.addClassName("settings-form");
        add(new H2("Flashcard settings"), form);
    }

    private void save(int documentCount) {
        if (documents.getValue().isEmpty()) {
            say("Choose at least one document.");
            return;
        }
        if (retention.getValue() == null || newPerDay.getValue() == null || reviewsPerDay.getValue() == null
                || maximumInterval.getValue() == null || timeZone.getValue() == null || dayStarts.getValue() == null) {
            say("Fill in every setting.");
            return;
        }
        Set<String> chosen = documents.getValue().size() == documentCount ? Set.of()
                : documents.getValue().stream().map(DocumentInfo::id).collect(Collectors.toSet());
        var settings = new StudySettings(retention.getValue() / 100.0, maximumInterval.getValue(), newPerDay.getValue(),
                reviewsPerDay.getValue(), dayStarts.getValue(), ZoneId.of(timeZone.getValue()), chosen);
        if (!settings.problems().isEmpty()) {
            say(String.join(" ", settings.problems()));
            return;
        }
        service.save(settings);
        say("Saved. The next card uses these settings.");
    }

    private void say(String message) {
        status.setText(message);
        Announcer.announce(message);
    }
}
