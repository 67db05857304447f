package org.footnote.cards;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.List;
import org.footnote.shared.JsonText;

/** A learner's flashcard settings; absent until they change one (the defaults then apply). */
@Entity
@Table(name = "learner_settings")
public class LearnerSettings {

    @Id
    private Long userId;
    private double desiredRetention;
    private int maximumInterval;
    private int newPerDay;
    private int reviewsPerDay;
    private int dayStartsHour;
    private String timeZone;
    private String documentsJson;
    @Version
    private long version;

    protected LearnerSettings() {
    }

    LearnerSettings(Long userId, StudySettings s) {
        this.userId = userId;
        apply(s);
    }

    void apply(StudySettings s) {
        desiredRetention = s.desiredRetention();
        maximumInterval = s.maximumInterval();
        newPerDay = s.newPerDay();
        reviewsPerDay = s.reviewsPerDay();
        dayStartsHour = s.dayStartsHour();
        timeZone = s.timeZone().getId();
        documentsJson = JsonText.write(List.copyOf(s.documentIds()));
    }

    StudySettings toSettings() {
        return new StudySettings(desiredRetention, maximumInterval, newPerDay, reviewsPerDay, dayStartsHour,
                ZoneId.of(timeZone), java.util.Set.copyOf(JsonText.strings(documentsJson)));
    }
}
