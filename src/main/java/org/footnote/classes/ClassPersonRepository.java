package org.footnote.classes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassPersonRepository extends JpaRepository<ClassPerson, ClassPerson.Key> {

    List<ClassPerson> findByClassIdAndRoleOrderByJoinedAt(Long classId, ClassPerson.Role role);

    int countByClassIdAndRole(Long classId, ClassPerson.Role role);

    /** Students of the given classes that {@code instructorId} teaches. */
    @org.springframework.data.jpa.repository.Query("select distinct s.userId from ClassPerson s, ClassPerson i "
            + "where s.classId = i.classId and s.classId in :classIds and i.userId = :instructorId "
            + "and i.role = org.footnote.classes.ClassPerson.Role.INSTRUCTOR "
            + "and s.role = org.footnote.classes.ClassPerson.Role.STUDENT")
    List<Long> findStudentsTaughtBy(Long instructorId, java.util.Collection<Long> classIds);
}
