package org.footnote.classes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassPersonRepository extends JpaRepository<ClassPerson, ClassPerson.Key> {

    List<ClassPerson> findByClassIdAndRoleOrderByJoinedAt(Long classId, ClassPerson.Role role);

    int countByClassIdAndRole(Long classId, ClassPerson.Role role);
}
