package org.footnote.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who signs in: a student or an instructor. */
@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Stored in lower case; sign-in ignores case. */
    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(nullable = false, length = 80)
    private String displayName;

    @Column(nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private Instant createdAt;

    /** Set when someone else chose the password; every page then asks for a new one first. */
    @Column(nullable = false)
    private boolean mustChangePassword;

    @Version
    private long version;

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Role role, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void requirePasswordChange() {
        mustChangePassword = true;
    }

    /** A password the user chose: the requirement to change it is met. */
    void changePassword(String newHash) {
        passwordHash = newHash;
        mustChangePassword = false;
    }

    void rename(String newDisplayName) {
        displayName = newDisplayName;
    }

    void promoteToInstructor() {
        role = Role.INSTRUCTOR;
    }
}
