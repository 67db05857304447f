package org.footnote.classes;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Someone in a class, as its instructor or as a student. */
@Entity
@Table(name = "class_person")
@IdClass(ClassPerson.Key.class)
public class ClassPerson {

    /** In a class as what. */
    public enum Role { INSTRUCTOR, STUDENT }

    /** The composite key. */
    public record Key(Long classId, Long userId, Role role) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    private Long classId;
    @Id
    private Long userId;
    @Id
    @Enumerated(EnumType.STRING)
    private Role role;
    private Instant joinedAt;

    protected ClassPerson() {
    }

    ClassPerson(Long classId, Long userId, Role role, Instant joinedAt) {
        this.classId = classId;
        this.userId = userId;
        this.role = role;
        this.joinedAt = joinedAt;
    }

    public Long getClassId() {
        return classId;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
