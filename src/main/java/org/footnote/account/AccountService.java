package org.footnote.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and finds accounts. The only place that writes users. */
@Service
public class AccountService {

    static final String USERNAME_TAKEN = "This username is taken; choose another.";

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    public AccountService(UserRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * Registers a student after checking every field; nothing is written when any check fails.
     *
     * @throws RegistrationException with every problem found, by field
     */
    /** Every problem with these registration details, by field; empty when they are acceptable. */
    @Transactional(readOnly = true)
    public Map<RegistrationException.Field, List<String>> registrationProblems(String displayName, String username,
                                                                               String password) {
        Map<RegistrationException.Field, List<String>> problems = new EnumMap<>(RegistrationException.Field.class);
        putIfAny(problems, RegistrationException.Field.DISPLAY_NAME, CredentialRules.displayNameProblems(displayName));
        putIfAny(problems, RegistrationException.Field.USERNAME, CredentialRules.usernameProblems(username));
        putIfAny(problems, RegistrationException.Field.PASSWORD, CredentialRules.passwordProblems(password, username));
        if (!problems.containsKey(RegistrationException.Field.USERNAME)
                && users.existsByUsername(CredentialRules.normaliseUsername(username))) {
            problems.put(RegistrationException.Field.USERNAME, List.of(USERNAME_TAKEN));
        }
        return problems;
    }

    /**
     * Registers a student after checking every field; nothing is written when any check fails.
     *
     * @throws RegistrationException with every problem found, by field
     */
    @Transactional
    public AppUser registerStudent(String displayName, String username, String password) {
        var problems = registrationProblems(displayName, username, password);
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        try {
            return users.saveAndFlush(new AppUser(CredentialRules.normaliseUsername(username),
                    CredentialRules.cleanDisplayName(displayName),
                    passwordEncoder.encode(password), Role.STUDENT, clock.instant()));
        } catch (DataIntegrityViolationException raceOnUniqueName) {
            throw new RegistrationException(Map.of(RegistrationException.Field.USERNAME, List.of(USERNAME_TAKEN)));
        }
    }

    /** Creates an instructor account with a password chosen by the system (never by default). */
    @Transactional
    public AppUser createInstructor(String username, String displayName, String password) {
        return users.save(new AppUser(CredentialRules.normaliseUsername(username), displayName,
                passwordEncoder.encode(password), Role.INSTRUCTOR, clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean anyInstructorExists() {
        return users.existsByRole(Role.INSTRUCTOR);
    }

    /** Many users at once, by id. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, AppUser> findAllById(java.util.Collection<Long> ids) {
        java.util.Map<Long, AppUser> out = new java.util.HashMap<>();
        users.findAllById(ids).forEach(u -> out.put(u.getId(), u));
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findById(Long id) {
        return users.findById(id);
    }

    @Transactional(readOnly = true)
    public Optional<AppUser> findByUsername(String username) {
        return users.findByUsername(CredentialRules.normaliseUsername(username));
    }

    private static void putIfAny(Map<RegistrationException.Field, List<String>> problems,
                                 RegistrationException.Field field, List<String> found) {
        if (!found.isEmpty()) {
            problems.put(field, found);
        }
    }
}
