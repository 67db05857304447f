package org.footnote.cards;

import org.footnote.classes.ClassService;
import org.footnote.account.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A learner's flashcard settings: the defaults until they save their own. */
@Service
@PreAuthorize("isAuthenticated()")
public class StudySettingsService {

    private final LearnerSettingsRepository repository;
    private final CurrentUser currentUser;
    private final ClassService classes;
    private final StudyDays days;

    public StudySettingsService(LearnerSettingsRepository repository, CurrentUser currentUser, ClassService classes,
                                StudyDays days) {
        this.days = days;
        this.repository = repository;
        this.currentUser = currentUser;
        this.classes = classes;
    }

    @Transactional(readOnly = true)
    public StudySettings mine() {
        return current(currentUser.id());
    }

    /** Whether the learner has saved settings of their own (else the defaults apply). */
    @Transactional(readOnly = true)
    public boolean customised() {
        return repository.existsById(currentUser.id());
    }

    /**
     * Saves the signed-in learner's settings; they take effect for the next card.
     *
     * @throws IllegalArgumentException naming every problem, when the settings are out of range
     */
    @Transactional
    public void save(StudySettings settings) {
        if (!settings.problems().isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", settings.problems()));
        }
        Long userId = currentUser.id();
        repository.findById(userId).ifPresentOrElse(s -> s.apply(settings),
                () -> repository.save(new LearnerSettings(userId, settings)));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                days.forget(userId);
            }
        });
    }

    /**
     * A learner's settings, for statistics about them: the signed-in user's own, or a student's for
     * one of their instructors.
     *
     * @throws AccessDeniedException for anyone else
     */
    @Transactional(readOnly = true)
    public StudySettings of(long userId) {
        if (!classes.mayRead(userId)) {
            throw new AccessDeniedException("Not your student");
        }
        return current(userId);
    }

    StudySettings current(Long userId) {
        return days.settings(userId);
    }
}
