package org.footnote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The feature modules as Spring Modulith sees them: each top-level package a module, depending on
 * others only through their base package or a {@code @NamedInterface}, with no cycles. Also writes the
 * module diagrams (PlantUML) and canvases into {@code docs/modules}, so the pictures follow the code.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(FootnoteApplication.class);
    static final Path DOCS = Path.of("docs/modules");

    @Test
    void modulesUseOnlyWhatOtherModulesExposeAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        // The Documenter lists components and relations in no fixed order; sorted, a build that
        // changed nothing leaves the files as they were.
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                Files.write(file, sortedRuns(Files.readAllLines(file)));
            }
        }
    }

    /** Sorts each run of consecutive component or relation lines, leaving every other line in place. */
    static List<String> sortedRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (line.strip().startsWith("Component(") || line.startsWith("Rel(")) {
                run.add(line);
                continue;
            }
            run.sort(null);
            out.addAll(run);
            run.clear();
            out.add(line);
        }
        run.sort(null);
        out.addAll(run);
        return out;
    }
}
