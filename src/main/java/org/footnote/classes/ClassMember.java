package org.footnote.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A student in a class. */
@Entity
@Table(name = "class_member")
@IdClass(ClassMember.Key.class)
public class ClassMember {

    /** The composite key. */
    public record Key(Long classId, Long userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "class_id")
    private Long classId;
    @Id
    @Column(name = "user_id")
    private Long userId;
    @Column(name = "joined_at")
    private Instant joinedAt;

    protected ClassMember() {
    }

    ClassMember(Long classId, Long userId, Instant joinedAt) {
        this.classId = classId;
        this.userId = userId;
        this.joinedAt = joinedAt;
    }

    public Long getUserId() {
        return userId;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
