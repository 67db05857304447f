package org.footnote.shared.persistence;

import java.nio.file.Path;

/** The data folder cannot be used: Footnote does not start, and says which folder and why. */
public class DataFolderException extends RuntimeException {

    private final transient Path folder;

    public DataFolderException(Path folder, String reason) {
        super("Footnote cannot use its data folder " + folder + ": " + reason + ".");
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
