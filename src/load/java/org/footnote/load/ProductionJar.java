package org.footnote.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/** The load test measures what users would run: a jar built with {@code -Pproduction}, refused otherwise. */
final class ProductionJar {

    private static final String BUILD_INFO = "META-INF/VAADIN/config/flow-build-info.json";
    private static final Pattern PRODUCTION = Pattern.compile("\"productionMode\"\\s*:\\s*true");

    private ProductionJar() {
    }

    static void require(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar at " + jar + "; build it with -Pproduction (see docs/load-test.md)");
        }
        try (var zip = new ZipFile(jar.toFile())) {
            var entry = zip.getEntry(BUILD_INFO);
            String info = entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            if (!PRODUCTION.matcher(info).find()) {
                throw new IllegalStateException(jar + " is not a production build; run the load test with -Pproduction,load");
            }
        }
    }
}
