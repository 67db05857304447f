package org.footnote.classes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClassRepository extends JpaRepository<SchoolClass, Long> {

    Optional<SchoolClass> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("select c from SchoolClass c where c.id in "
            + "(select p.classId from ClassPerson p where p.userId = :userId "
            + "and p.role = org.footnote.classes.ClassPerson.Role.INSTRUCTOR) order by c.name")
    List<SchoolClass> findTaughtBy(Long userId);

    /** Classes that {@code instructorId} teaches and {@code studentId} belongs to. */
    @Query("select count(s) from ClassPerson s, ClassPerson i where s.classId = i.classId "
            + "and i.userId = :instructorId and i.role = org.footnote.classes.ClassPerson.Role.INSTRUCTOR "
            + "and s.userId = :studentId and s.role = org.footnote.classes.ClassPerson.Role.STUDENT")
    long countSharedClasses(Long instructorId, Long studentId);

    @Query("select c from SchoolClass c where c.id in "
            + "(select p.classId from ClassPerson p where p.userId = :userId "
            + "and p.role = org.footnote.classes.ClassPerson.Role.STUDENT) order by c.name")
    List<SchoolClass> findJoinedBy(Long userId);
}
