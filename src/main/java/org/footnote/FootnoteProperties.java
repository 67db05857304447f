package org.footnote;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code footnote.*}.
 *
 * @param dataDir where the embedded database and the initial instructor's password file live
 * @param bankDir the question bank (documents and questions) loaded at start-up
 */
@ConfigurationProperties("footnote")
public record FootnoteProperties(Path dataDir, Path bankDir) {
}
