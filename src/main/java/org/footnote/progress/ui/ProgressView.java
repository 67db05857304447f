package org.footnote.progress.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import org.footnote.progress.ProgressDashboard;
import org.footnote.progress.ProgressService;
import org.footnote.quiz.PracticeService;
import org.footnote.quiz.PracticeSettings;

/** The signed-in learner's own progress, with their weakest topics one click from practice. */
@Route("progress")
@PageTitle("Progress · Footnote")
@PermitAll
public class ProgressView extends VerticalLayout {

    private final PracticeService practice;

    public ProgressView(ProgressService progress, PracticeService practice) {
        this.practice = practice;
        addClassName("progress-view");
        add(new H1("Progress"), new ProgressReport(progress.dashboard(), this::practiseTopic));
    }

    private void practiseTopic(ProgressDashboard.WeakTopic t) {
        var quiz = practice.start(new PracticeSettings(Set.of(t.documentId()), Set.of(t.kind()), Set.of(), 10));
        getUI().ifPresent(ui -> ui.navigate(quiz.location()));
    }
}
