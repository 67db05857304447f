package org.footnote.classes;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.footnote.account.AccountService;
import org.footnote.account.AppUser;
import org.footnote.account.Role;
import org.footnote.account.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes and their join codes. Instructors manage only the classes they teach; students join
 * with a code and see only their own memberships. Every method checks this itself.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ClassService {

    /** A class as its instructors see it. */
    public record ClassSummary(long id, String name, String joinCode, int students, List<String> instructors) {
    }

    /** A student on a class's roster. */
    public record RosterEntry(long userId, String displayName, String username, java.time.Instant joinedAt) {
    }

    private final ClassRepository classes;
    private final ClassPersonRepository people;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ClassService(ClassRepository classes, ClassPersonRepository people, AccountService accounts,
                        CurrentUser currentUser, Clock clock) {
        this.classes = classes;
        this.people = people;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ClassSummary create(String name) {
        String trimmed = name == null ? "" : org.footnote.shared.TextHygiene.normalize(name).strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new IllegalArgumentException("Give the class a name of 1 to 120 characters.");
        }
        if (org.footnote.shared.TextHygiene.hasInvisible(trimmed)) {
            throw new IllegalArgumentException(org.footnote.shared.TextHygiene.INVISIBLE_PROBLEM);
        }
        AppUser me = currentUser.require();
        SchoolClass created = classes.save(new SchoolClass(trimmed, freshCode(), me.getId(), clock.instant()));
        people.save(new ClassPerson(created.getId(), me.getId(), ClassPerson.Role.INSTRUCTOR, clock.instant()));
        return summary(created);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<ClassSummary> taught() {
        Long me = currentUser.id();
        return summaries(classes.findTaughtBy(me), people.findInstructorsOfClassesTaughtBy(me),
                people.countStudentsOfClassesTaughtBy(me).stream()
                        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1])));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public List<RosterEntry> roster(long classId) {
        taughtByMe(classId);
        List<ClassPerson> students = people.findByClassIdAndRoleOrderByJoinedAt(classId, ClassPerson.Role.STUDENT);
        Map<Long, AppUser> users = accounts.findAllById(students.stream().map(ClassPerson::getUserId).toList());
        return students.stream().map(m -> {
            AppUser u = users.get(m.getUserId());
            return new RosterEntry(u.getId(), u.getDisplayName(), u.getUsername(), m.getJoinedAt());
        }).toList();
    }

    /** A new code; the old one stops working at once. */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ClassSummary regenerateCode(long classId) {
        SchoolClass c = taughtByMe(classId);
        c.newCode(freshCode());
        return summary(c);
    }

    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void removeStudent(long classId, long studentId) {
        taughtByMe(classId);
        people.deleteById(new ClassPerson.Key(classId, studentId, ClassPerson.Role.STUDENT));
    }

    /**
     * The students of {@code classIds} whom the signed-in instructor teaches: whose results they may
     * read. A quiz published to two classes shows each co-instructor only their own class's students.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public java.util.Set<Long> myStudents(java.util.Collection<Long> classIds) {
        return classIds.isEmpty() ? java.util.Set.of()
                : java.util.Set.copyOf(people.findStudentsTaughtBy(currentUser.id(), classIds));
    }

    /** Makes another instructor a co-instructor of the class. */
    @Transactional
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public void addCoInstructor(long classId, String username) {
        taughtByMe(classId);
        AppUser colleague = accounts.findByUsername(username)
                .filter(u -> u.getRole() == Role.INSTRUCTOR)
                .orElseThrow(() -> new IllegalArgumentException("No such instructor: check the username with your colleague."));
        var key = new ClassPerson.Key(classId, colleague.getId(), ClassPerson.Role.INSTRUCTOR);
        if (!people.existsById(key)) {
            people.save(new ClassPerson(classId, colleague.getId(), ClassPerson.Role.INSTRUCTOR, clock.instant()));
        }
    }

    /**
     * Joins the signed-in student to the class with this code.
     *
     * @throws IllegalArgumentException with a message for the student when the code matches no class
     */
    @Transactional
    public ClassSummary join(String typedCode) {
        SchoolClass c = classes.findByJoinCode(JoinCodes.normalise(typedCode)).orElseThrow(() ->
                new IllegalArgumentException("No class has this code. Check it with your instructor; codes look like HKQP-7XMW."));
        Long me = currentUser.id();
        if (!people.existsById(new ClassPerson.Key(c.getId(), me, ClassPerson.Role.STUDENT))) {
            people.save(new ClassPerson(c.getId(), me, ClassPerson.Role.STUDENT, clock.instant()));
        }
        return summary(c);
    }

    @Transactional(readOnly = true)
    public List<String> joinedClassNames() {
        return joined().stream().map(JoinedClass::name).toList();
    }

    /** A class the signed-in student belongs to, as other modules see it. */
    public record JoinedClass(long id, String name) {
    }

    /** The classes the signed-in user has joined as a student. */
    @Transactional(readOnly = true)
    public List<JoinedClass> joined() {
        return classes.findJoinedBy(currentUser.id()).stream()
                .map(c -> new JoinedClass(c.getId(), c.getName())).toList();
    }

    /**
     * Whether the signed-in user may read {@code studentId}'s records: it is themselves, or they
     * teach a class the student belongs to.
     */
    @Transactional(readOnly = true)
    public boolean mayRead(long studentId) {
        AppUser me = currentUser.require();
        return me.getId() == studentId
                || (me.getRole() == Role.INSTRUCTOR && classes.countSharedClasses(me.getId(), studentId) > 0);
    }

    /** The class, if the signed-in instructor teaches it; otherwise as if it did not exist. */
    private SchoolClass taughtByMe(long classId) {
        Long me = currentUser.id();
        return classes.findById(classId).filter(c -> people.existsById(new ClassPerson.Key(classId, me, ClassPerson.Role.INSTRUCTOR)))
                .orElseThrow(() -> new ClassNotFoundException(classId));
    }

    private ClassSummary summary(SchoolClass c) {
        return summaries(List.of(c), people.findByClassIdAndRoleOrderByJoinedAt(c.getId(), ClassPerson.Role.INSTRUCTOR),
                Map.of(c.getId(), (long) people.countByClassIdAndRole(c.getId(), ClassPerson.Role.STUDENT))).getFirst();
    }

    /**
     * Summaries of these classes from their instructors (in order of joining) and student counts by
     * class id, read for all of them at once: the same few queries however many classes a list page shows.
     */
    private List<ClassSummary> summaries(List<SchoolClass> list, List<ClassPerson> instructors, Map<Long, Long> students) {
        Map<Long, List<Long>> instructorsOf = instructors.stream().collect(Collectors.groupingBy(ClassPerson::getClassId,
                Collectors.mapping(ClassPerson::getUserId, Collectors.toList())));
        Map<Long, AppUser> users = accounts.findAllById(instructors.stream().map(ClassPerson::getUserId).collect(Collectors.toSet()));
        return list.stream().map(c -> new ClassSummary(c.getId(), c.getName(), c.getJoinCode(),
                students.getOrDefault(c.getId(), 0L).intValue(), instructorsOf.getOrDefault(c.getId(), List.of()).stream()
                        .map(id -> users.containsKey(id) ? users.get(id).getDisplayName() : "?").toList())).toList();
    }

    private String freshCode() {
        String code;
        do {
            code = JoinCodes.next();
        } while (classes.existsByJoinCode(code));
        return code;
    }

    /** No such class for this instructor: missing and someone else's look the same. */
    public static class ClassNotFoundException extends RuntimeException {
        public ClassNotFoundException(long classId) {
            super("No class " + classId + " for the current instructor");
        }
    }
}
