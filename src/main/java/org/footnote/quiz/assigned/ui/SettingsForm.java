package org.footnote.quiz.assigned.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.footnote.quiz.FeedbackTiming;
import org.footnote.quiz.assigned.QuizSettings;
import org.footnote.shared.ui.Times;

/** A quiz's settings; problems from the service are shown beside their fields. */
class SettingsForm extends Div {

    private final TextField title = new TextField("Title");
    private final TextArea instructions = new TextArea("Instructions for students");
    private final IntegerField timeLimit = new IntegerField("Time limit (minutes)");
    private final IntegerField attempts = new IntegerField("Attempts allowed");
    private final Checkbox shuffleQuestions = new Checkbox("Shuffle the questions for each student");
    private final Checkbox shuffleOptions = new Checkbox("Shuffle the options of each question");
    private final RadioButtonGroup<FeedbackTiming> feedback = new RadioButtonGroup<>("Students see whether they were right, with the sources");
    private final DateTimePicker opens = new DateTimePicker("Opens");
    private final DateTimePicker closes = new DateTimePicker("Closes");
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    SettingsForm(Consumer<QuizSettings> save) {
        addClassName("quiz-settings");
        title.setMaxLength(QuizSettings.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        instructions.setMaxLength(QuizSettings.MAX_INSTRUCTIONS);
        timeLimit.setHelperText("Empty for no limit. The server submits the attempt when time runs out.");
        timeLimit.setMin(1);
        timeLimit.setMax(QuizSettings.MAX_MINUTES);
        attempts.setHelperText("Empty for unlimited.");
        attempts.setMin(1);
        attempts.setMax(QuizSettings.MAX_ATTEMPTS);
        feedback.setItems(FeedbackTiming.values());
        feedback.setItemLabelGenerator(FeedbackTiming::label);
        String zone = "Times are in " + Times.zone().getId() + ". Empty: no date.";
        opens.setHelperText(zone);
        closes.setHelperText(zone);
        fields.put("title", title);
        fields.put("instructions", instructions);
        fields.put("timeLimitMinutes", timeLimit);
        fields.put("attemptsAllowed", attempts);
        fields.put("feedback", feedback);
        fields.put("opensAt", opens);
        fields.put("closesAt", closes);
        var saveButton = new Button("Save settings", e -> {
            if (badNumbers()) {
                return;
            }
            save.accept(value());
        });
        saveButton.addThemeVariants(ButtonVariant.PRIMARY);
        var numbers = new Div(timeLimit, attempts);
        numbers.addClassName("form-row");
        var dates = new Div(opens, closes);
        dates.addClassName("form-row");
        add(new H2("Settings"), title, instructions, numbers, shuffleQuestions, shuffleOptions, feedback, dates, saveButton);
    }

    void show(QuizSettings s) {
        title.setValue(s.title());
        instructions.setValue(s.instructions());
        timeLimit.setValue(s.timeLimitMinutes());
        attempts.setValue(s.attemptsAllowed());
        shuffleQuestions.setValue(s.shuffleQuestions());
        shuffleOptions.setValue(s.shuffleOptions());
        feedback.setValue(s.feedback());
        opens.setValue(Times.local(s.opensAt()));
        closes.setValue(Times.local(s.closesAt()));
        clearProblems();
    }

    /** Marks each field with its problem; returns the first field's message for the live region. */
    void showProblems(Map<String, String> problems) {
        clearProblems();
        problems.forEach((field, message) -> {
            HasValidation f = fields.get(field);
            if (f != null) {
                f.setErrorMessage(message);
                f.setInvalid(true);
            }
        });
    }

    private void clearProblems() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Text typed into a number field that is not a number must not read as "empty" (no limit). */
    private boolean badNumbers() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (timeLimit.isInvalid() && timeLimit.getValue() == null) {
            problems.put("timeLimitMinutes", "Type a number of minutes, or leave it empty for no limit.");
        }
        if (attempts.isInvalid() && attempts.getValue() == null) {
            problems.put("attemptsAllowed", "Type a number of attempts, or leave it empty for unlimited.");
        }
        if (!problems.isEmpty()) {
            showProblems(problems);
        }
        return !problems.isEmpty();
    }

    QuizSettings value() {
        return new QuizSettings(title.getValue(), instructions.getValue(), timeLimit.getValue(), attempts.getValue(),
                shuffleQuestions.getValue(), shuffleOptions.getValue(), feedback.getValue(),
                Times.instant(opens.getValue()), Times.instant(closes.getValue()));
    }
}
