package org.footnote.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.footnote.FootnoteProperties;
import org.footnote.support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The first start creates one instructor with a random password; later starts do nothing. */
class InitialInstructorBootstrapTest extends SpringTest {

    @Autowired
    InitialInstructorBootstrap bootstrap;
    @Autowired
    UserRepository users;
    @Autowired
    FootnoteProperties properties;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void theStartCreatedAnInstructorWhosePasswordIsInAnOwnerOnlyFile() throws Exception {
        Path file = properties.dataDir().resolve(InitialInstructorBootstrap.PASSWORD_FILE);
        var lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo(InitialInstructorBootstrap.USERNAME);
        String password = lines.get(1);
        assertThat(password).hasSize(20);
        AppUser instructor = users.findByUsername(InitialInstructorBootstrap.USERNAME).orElseThrow();
        assertThat(instructor.getRole()).isEqualTo(Role.INSTRUCTOR);
        assertThat(passwordEncoder.matches(password, instructor.getPasswordHash())).isTrue();
        assertThat(instructor.mustChangePassword()).as("asked to change the generated password").isTrue();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aSecondStartChangesNothing() throws Exception {
        Path file = properties.dataDir().resolve(InitialInstructorBootstrap.PASSWORD_FILE);
        String before = Files.readString(file);
        long usersBefore = users.count();

        bootstrap.run(null);

        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(users.count()).isEqualTo(usersBefore);
    }
}
