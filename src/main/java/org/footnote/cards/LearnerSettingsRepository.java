package org.footnote.cards;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LearnerSettingsRepository extends JpaRepository<LearnerSettings, Long> {
}
