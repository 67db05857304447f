package org.footnote.shared.persistence;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The folder of the embedded database, made ready before anything opens it: created if missing,
 * readable by the account that runs Footnote only, and checked to be writable. A folder that cannot
 * be used stops the start with one sentence naming the folder and the cause ({@link DataFolderException}),
 * not a stack trace from the database twenty lines later.
 */
public final class DataFolder implements EnvironmentPostProcessor {

    static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        of(environment.getProperty("spring.datasource.url", "")).ifPresent(DataFolder::prepare);
    }

    /** The folder of an H2 file database URL ("jdbc:h2:file:./data/footnote;..." gives ./data); none for others. */
    public static Optional<Path> of(String url) {
        if (!url.startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        String file = url.substring("jdbc:h2:file:".length()).split(";")[0];
        Path parent = Path.of(file).toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(parent);
    }

    /** Creates the folder if needed, owner-only, and proves it writable; else says why not. */
    public static void prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new DataFolderException(folder, "it is a file, not a folder");
        }
        try {
            if (!Files.isDirectory(folder)) {
                if (posix()) {
                    Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FOLDER));
                } else {
                    Files.createDirectories(folder);
                }
            }
            Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
            Files.delete(probe);
            restrict(folder);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            throw new DataFolderException(folder, reason(e));
        }
    }

    /** The folder and every file in it, readable by their owner only. */
    public static void restrict(Path folder) throws IOException {
        if (!posix()) {
            return;
        }
        Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, Files.isDirectory(f) ? OWNER_ONLY_FOLDER : OWNER_ONLY_FILE);
            }
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    /** "No space left on device", "Read-only file system", "Not a directory": the cause in a few words. */
    static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file named like the folder, or one of its parents, is in the way";
        }
        return message;
    }
}
