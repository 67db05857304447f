package org.footnote.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** An instructor of a class (its creator or an invited colleague). */
@Entity
@Table(name = "class_instructor")
@IdClass(ClassInstructor.Key.class)
public class ClassInstructor {

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

    protected ClassInstructor() {
    }

    ClassInstructor(Long classId, Long userId) {
        this.classId = classId;
        this.userId = userId;
    }

    public Long getUserId() {
        return userId;
    }
}
