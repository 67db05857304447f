package org.footnote;

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

    @Test
    void modulesUseOnlyWhatOtherModulesExposeAndFormNoCycles() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagramsIntoDocs() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
