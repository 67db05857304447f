package org.footnote.account;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import org.footnote.FootnoteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * First start only: when no instructor exists, creates {@value #USERNAME} with a random password,
 * prints it once in the log and writes it to a file readable only by its owner (as Jenkins does).
 * There is no default password to forget to change. Of several instances starting together on one
 * database, the first to insert the account writes the file; the others find the name taken.
 */
@Component
@Order(10)
public class InitialInstructorBootstrap implements ApplicationRunner {

    public static final String USERNAME = "instructor";
    public static final String PASSWORD_FILE = "initial-instructor-password";
    private static final Logger log = LoggerFactory.getLogger(InitialInstructorBootstrap.class);
    // No look-alike characters (0/O, 1/l/I), so the password can be typed from a printout.
    private static final String ALPHABET = "23456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int PASSWORD_LENGTH = 20;

    private final AccountService accounts;
    private final FootnoteProperties properties;
    private final SecureRandom random = new SecureRandom();

    public InitialInstructorBootstrap(AccountService accounts, FootnoteProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (accounts.anyInstructorExists()) {
            return;
        }
        String password = randomPassword();
        try {
            accounts.createFirstInstructor(USERNAME, "Instructor", password);
        } catch (DataIntegrityViolationException sameName) {
            if (!accounts.anyInstructorExists()) {
                throw sameName;
            }
            // Another instance sharing the database started at the same moment and made the account.
            log.info("Another Footnote instance created the first instructor; its password is in that instance's data folder");
            return;
        }
        Path file = writePasswordFile(password);
        log.warn("""

                *************************************************************
                Footnote created the first instructor account.
                  username: {}
                  password: {}
                The password is also in {} (readable only by you).
                It is shown this once; you choose your own at the first sign-in.
                *************************************************************""",
                USERNAME, password, file.toAbsolutePath().normalize());
    }

    private String randomPassword() {
        StringBuilder sb = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private Path writePasswordFile(String password) throws IOException {
        Path dir = properties.dataDir();
        Files.createDirectories(dir);
        Path file = dir.resolve(PASSWORD_FILE);
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
        }
        Files.writeString(file, USERNAME + "\n" + password + "\n");
        return file;
    }
}
