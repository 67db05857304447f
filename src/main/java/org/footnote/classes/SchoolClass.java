package org.footnote.classes;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A class: students who join with its code, taught by one or more instructors. */
@Entity
@Table(name = "school_class")
public class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String joinCode;
    private Long createdBy;
    private Instant createdAt;
    @Version
    private long version;

    protected SchoolClass() {
    }

    SchoolClass(String name, String joinCode, Long createdBy, Instant createdAt) {
        this.name = name;
        this.joinCode = joinCode;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void newCode(String code) {
        joinCode = code;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getJoinCode() {
        return joinCode;
    }
}
