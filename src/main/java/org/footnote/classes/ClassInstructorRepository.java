package org.footnote.classes;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassInstructorRepository extends JpaRepository<ClassInstructor, ClassInstructor.Key> {

    java.util.List<ClassInstructor> findByClassId(Long classId);
}
