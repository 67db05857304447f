package org.footnote.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.footnote.FootnoteProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Two instances starting together on an empty shared database both find no instructor and both
 * insert one: the loser's insert breaks the unique username. It must start anyway, without a
 * password file (the winner's file holds the password); any other integrity failure still stops it.
 */
class FirstInstructorRaceTest {

    @TempDir
    Path dataDir;

    @Test
    void theInstanceThatLosesTheRaceStartsWithoutAPasswordFile() throws Exception {
        var bootstrap = new InitialInstructorBootstrap(new LosingTheRace(true), new FootnoteProperties(dataDir, dataDir));

        bootstrap.run(null);

        assertThat(dataDir.resolve(InitialInstructorBootstrap.PASSWORD_FILE)).doesNotExist();
    }

    @Test
    void anIntegrityFailureWithNoInstructorMadeStillStopsTheStart() {
        var bootstrap = new InitialInstructorBootstrap(new LosingTheRace(false), new FootnoteProperties(dataDir, dataDir));

        assertThatThrownBy(() -> bootstrap.run(null)).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** No instructor when asked first; the insert fails; afterwards the other instance's may exist. */
    private static final class LosingTheRace extends AccountService {

        private final boolean otherMadeOne;
        private boolean inserted;

        LosingTheRace(boolean otherMadeOne) {
            super(null, null, null);
            this.otherMadeOne = otherMadeOne;
        }

        @Override
        public boolean anyInstructorExists() {
            return inserted && otherMadeOne;
        }

        @Override
        public AppUser createFirstInstructor(String username, String displayName, String password) {
            inserted = true;
            throw new DataIntegrityViolationException("duplicate key value violates unique constraint \"uk_app_user_username\"");
        }
    }
}
