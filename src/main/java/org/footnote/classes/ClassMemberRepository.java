package org.footnote.classes;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ClassMemberRepository extends JpaRepository<ClassMember, ClassMember.Key> {

    List<ClassMember> findByClassIdOrderByJoinedAt(Long classId);
}
