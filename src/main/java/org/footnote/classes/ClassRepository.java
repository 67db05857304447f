package org.footnote.classes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClassRepository extends JpaRepository<SchoolClass, Long> {

    Optional<SchoolClass> findByJoinCode(String joinCode);

    boolean existsByJoinCode(String joinCode);

    @Query("select c from SchoolClass c where c.id in "
            + "(select ci.classId from ClassInstructor ci where ci.userId = :userId) order by c.name")
    List<SchoolClass> findTaughtBy(Long userId);

    /** Classes that {@code instructorId} teaches and {@code studentId} belongs to. */
    @Query("select count(m) from ClassMember m, ClassInstructor i where m.classId = i.classId "
            + "and i.userId = :instructorId and m.userId = :studentId")
    long countSharedClasses(Long instructorId, Long studentId);

    @Query("select c from SchoolClass c where c.id in "
            + "(select m.classId from ClassMember m where m.userId = :userId) order by c.name")
    List<SchoolClass> findJoinedBy(Long userId);
}
