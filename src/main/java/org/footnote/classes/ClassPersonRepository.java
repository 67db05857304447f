package org.footnote.classes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClassPersonRepository extends JpaRepository<ClassPerson, ClassPerson.Key> {

    List<ClassPerson> findByClassIdAndRoleOrderByJoinedAt(Long classId, ClassPerson.Role role);

    int countByClassIdAndRole(Long classId, ClassPerson.Role role);

    /** The instructors of every class that {@code instructorId} teaches (themselves included), in order of joining. */
    @Query("select p from ClassPerson p, ClassPerson mine where p.classId = mine.classId and mine.userId = :instructorId "
            + "and mine.role = org.footnote.classes.ClassPerson.Role.INSTRUCTOR "
            + "and p.role = org.footnote.classes.ClassPerson.Role.INSTRUCTOR order by p.joinedAt")
    List<ClassPerson> findInstructorsOfClassesTaughtBy(Long instructorId);

    /** Students per class that {@code instructorId} teaches, as (class id, count), for those that have any. */
    @Query("select p.classId, count(p) from ClassPerson p, ClassPerson mine where p.classId = mine.classId "
            + "and mine.userId = :instructorId and mine.role = org.footnote.classes.ClassPerson.Role.INSTRUCTOR "
            + "and p.role = org.footnote.classes.ClassPerson.Role.STUDENT group by p.classId")
    List<Object[]> countStudentsOfClassesTaughtBy(Long instructorId);

    /** Students of the given classes that {@code instructorId} teaches. */
    @Query("select distinct s.userId from ClassPerson s, ClassPerson i "
            + "where s.classId = i.classId and s.classId in :classIds and i.userId = :instructorId "
            + "and i.role = org.footnote.classes.ClassPerson.Role.INSTRUCTOR "
            + "and s.role = org.footnote.classes.ClassPerson.Role.STUDENT")
    List<Long> findStudentsTaughtBy(Long instructorId, java.util.Collection<Long> classIds);
}
