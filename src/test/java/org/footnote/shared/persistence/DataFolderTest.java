package org.footnote.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database's folder: found from the URL, created owner-only, and refused in one sentence. */
class DataFolderTest {

    @TempDir
    Path dir;

    @Test
    void theFolderComesFromAnH2FileUrlOnly() {
        assertThat(DataFolder.of("jdbc:h2:file:" + dir.resolve("data/footnote") + ";DB_CLOSE_ON_EXIT=FALSE"))
                .contains(dir.resolve("data"));
        assertThat(DataFolder.of("jdbc:h2:mem:test")).isEmpty();
        assertThat(DataFolder.of("jdbc:postgresql://localhost/footnote")).isEmpty();
    }

    @Test
    void aNewFolderAndItsFilesAreTheOwnersOnly() throws Exception {
        Path data = dir.resolve("data");
        DataFolder.prepare(data);
        Files.writeString(data.resolve("footnote.mv.db"), "x");
        DataFolder.restrict(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("footnote.mv.db"))))
                .isEqualTo("rw-------");
    }

    @Test
    void aFolderThatCannotBeCreatedStopsTheStartInOneSentence() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path data = file.resolve("data");
        assertThatThrownBy(() -> DataFolder.prepare(data)).isInstanceOf(DataFolderException.class)
                .hasMessage("Footnote cannot use its data folder " + data + ": Not a directory.");
        assertThatThrownBy(() -> DataFolder.prepare(file)).isInstanceOf(DataFolderException.class)
                .hasMessage("Footnote cannot use its data folder " + file + ": it is a file, not a folder.");
        var analysis = new StartupFailureAnalyzer().analyze(new IllegalStateException("boot",
                new DataFolderException(data, "Read-only file system")));
        assertThat(analysis.getDescription()).isEqualTo("Footnote cannot use its data folder " + data
                + ": Read-only file system.").doesNotContain("\n");
    }

    @Test
    void aDatabaseThatWillNotOpenIsSaidInOneLine() {
        var analysis = new StartupFailureAnalyzer().analyze(new RuntimeException("flyway", new java.sql.SQLException(
                "IO Exception: \"No space left on device\"\n  at org.h2.store...")));
        assertThat(analysis.getDescription()).isEqualTo("Footnote cannot open its database: IO Exception: \"No space left on device\"");
    }
}
