package org.footnote.cards.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.footnote.bank.DocumentInfo;
import org.footnote.bank.QuestionCatalog;
import org.footnote.cards.StudySettings;
import org.footnote.cards.StudySettingsService;
import org.footnote.shared.ui.Announcer;

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
        retention.setHelperText("From 70% to 97%. Higher means you forget less but review more often; 90% is a good "
                + "balance, and each point above it costs noticeably more reviews.");
        retention.setValue((int) Math.round(current.desiredRetention() * 100));
        newPerDay.setMin(0);
        newPerDay.setMax(500);
        newPerDay.setValue(current.newPerDay());
        newPerDay.setHelperText("From 0 to 500.");
        reviewsPerDay.setMin(1);
        reviewsPerDay.setMax(5000);
        reviewsPerDay.setValue(current.reviewsPerDay());
        reviewsPerDay.setHelperText("From 1 to 5,000.");
        maximumInterval.setMin(1);
        maximumInterval.setMax(36_500);
        maximumInterval.setValue(current.maximumInterval());
        maximumInterval.setHelperText("From 1 to 36,500 days.");
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
        add(new H1("Flashcard settings"), form);
    }

    private void save(int documentCount) {
        clearErrors();
        Map<HasValidation, String> errors = new LinkedHashMap<>();
        if (documents.getValue().isEmpty()) {
            errors.put(documents, "Choose at least one document.");
        }
        for (IntegerField field : List.of(retention, newPerDay, reviewsPerDay, maximumInterval)) {
            if (field.getValue() == null) {
                errors.put(field, "Enter a whole number.");
            }
        }
        if (timeZone.getValue() == null) {
            errors.put(timeZone, "Choose a time zone.");
        }
        if (errors.isEmpty()) {
            Set<String> chosen = documents.getValue().size() == documentCount ? Set.of()
                    : documents.getValue().stream().map(DocumentInfo::id).collect(Collectors.toSet());
            var settings = new StudySettings(retention.getValue() / 100.0, maximumInterval.getValue(), newPerDay.getValue(),
                    reviewsPerDay.getValue(), dayStarts.getValue(), ZoneId.of(timeZone.getValue()), chosen);
            settings.problemsBySetting().forEach((setting, message) -> errors.put(fieldOf(setting), message));
            if (errors.isEmpty()) {
                service.save(settings);
                say("Saved. The next card uses these settings.");
                return;
            }
        }
        // Each message beside its field (read with it by screen readers); the status only says nothing was saved.
        errors.forEach((field, message) -> {
            field.setErrorMessage(message);
            field.setInvalid(true);
        });
        status.setText("Not saved: " + (errors.size() == 1 ? "correct the setting marked above." : "correct the settings marked above."));
        Announcer.announce("Not saved. " + String.join(" ", errors.values()));
    }

    private HasValidation fieldOf(StudySettings.Setting setting) {
        return switch (setting) {
            case DESIRED_RETENTION -> retention;
            case MAXIMUM_INTERVAL -> maximumInterval;
            case NEW_PER_DAY -> newPerDay;
            case REVIEWS_PER_DAY -> reviewsPerDay;
            case DAY_STARTS_HOUR -> dayStarts;
        };
    }

    private void clearErrors() {
        for (HasValidation field : List.of(retention, newPerDay, reviewsPerDay, maximumInterval, dayStarts, timeZone,
                documents)) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    private void say(String message) {
        status.setText(message);
        Announcer.announce(message);
    }
}
