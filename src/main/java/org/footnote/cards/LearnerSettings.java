package org.footnote.cards;

import jakarta.persistence.Column;
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
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "desired_retention")
    private double desiredRetention;
    @Column(name = "maximum_interval")
    private int maximumInterval;
    @Column(name = "new_per_day")
    private int newPerDay;
    @Column(name = "reviews_per_day")
    private int reviewsPerDay;
    @Column(name = "day_starts_hour")
    private int dayStartsHour;
    @Column(name = "time_zone")
    private String timeZone;
    @Column(name = "documents_json")
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
