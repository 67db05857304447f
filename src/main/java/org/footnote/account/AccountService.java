package org.footnote.account;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
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
        return createChecked(displayName, username, password, Role.STUDENT, false);
    }

    /**
     * An instructor creates a colleague's account, with an initial password that the colleague must
     * change at their first sign-in; every field is checked as for registration.
     *
     * @throws RegistrationException with every problem found, by field
     */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public AppUser addInstructor(String displayName, String username, String initialPassword) {
        return createChecked(displayName, username, initialPassword, Role.INSTRUCTOR, true);
    }

    /**
     * An instructor makes a registered student an instructor (their new pages appear at their next sign-in).
     *
     * @throws IllegalArgumentException naming why not, in words for the form
     */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public AppUser promoteToInstructor(String username) {
        AppUser user = users.findByUsername(CredentialRules.normaliseUsername(username))
                .orElseThrow(() -> new IllegalArgumentException("No account has this username; check it with your colleague."));
        if (user.getRole() == Role.INSTRUCTOR) {
            throw new IllegalArgumentException(user.getDisplayName() + " is an instructor already.");
        }
        user.promoteToInstructor();
        return users.saveAndFlush(user);
    }

    /** Every instructor, by name, for the page where instructors add colleagues. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<AppUser> instructors() {
        return users.findByRoleOrderByDisplayName(Role.INSTRUCTOR);
    }

    /**
     * The signed-in user changes their password, proving they know the current one; this also meets
     * a requirement to change it.
     *
     * @throws RegistrationException with the problems by field (CURRENT_PASSWORD, PASSWORD); nothing changed
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword) {
        AppUser me = signedIn();
        Map<RegistrationException.Field, List<String>> problems = new EnumMap<>(RegistrationException.Field.class);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            problems.put(RegistrationException.Field.CURRENT_PASSWORD, List.of("This is not your current password."));
        }
        var rules = new java.util.ArrayList<>(CredentialRules.passwordProblems(newPassword, me.getUsername()));
        if (rules.isEmpty() && newPassword.equals(currentPassword)) {
            rules.add("Choose a password different from the current one.");
        }
        putIfAny(problems, RegistrationException.Field.PASSWORD, rules);
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        me.changePassword(passwordEncoder.encode(newPassword));
        users.saveAndFlush(me);
    }

    /**
     * The signed-in user changes the name others see.
     *
     * @throws RegistrationException with the problem (DISPLAY_NAME); nothing changed
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AppUser changeDisplayName(String displayName) {
        var problems = CredentialRules.displayNameProblems(displayName);
        if (!problems.isEmpty()) {
            throw new RegistrationException(Map.of(RegistrationException.Field.DISPLAY_NAME, problems));
        }
        AppUser me = signedIn();
        me.rename(CredentialRules.cleanDisplayName(displayName));
        return users.saveAndFlush(me);
    }

    /** Creates an instructor account with a password chosen by the system (never by default). */
    @Transactional
    public AppUser createInstructor(String username, String displayName, String password) {
        return users.save(new AppUser(CredentialRules.normaliseUsername(username), displayName,
                passwordEncoder.encode(password), Role.INSTRUCTOR, clock.instant()));
    }

    /** The instructor made at first start: the generated password must be replaced at the first sign-in. */
    @Transactional
    public AppUser createFirstInstructor(String username, String displayName, String password) {
        AppUser user = createInstructor(username, displayName, password);
        user.requirePasswordChange();
        return users.save(user);
    }

    private AppUser createChecked(String displayName, String username, String password, Role role,
                                  boolean mustChangePassword) {
        var problems = registrationProblems(displayName, username, password);
        if (!problems.isEmpty()) {
            throw new RegistrationException(problems);
        }
        var user = new AppUser(CredentialRules.normaliseUsername(username), CredentialRules.cleanDisplayName(displayName),
                passwordEncoder.encode(password), role, clock.instant());
        if (mustChangePassword) {
            user.requirePasswordChange();
        }
        try {
            return users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raceOnUniqueName) {
            throw new RegistrationException(Map.of(RegistrationException.Field.USERNAME, List.of(USERNAME_TAKEN)));
        }
    }

    /** The account of whoever Spring Security says is signed in (services below the views check it here). */
    private AppUser signedIn() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return users.findByUsername(authentication == null ? "" : authentication.getName())
                .orElseThrow(() -> new IllegalStateException("No user is signed in"));
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
