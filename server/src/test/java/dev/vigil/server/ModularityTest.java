package dev.vigil.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(VigilServerApplication.class);

    @Test
    void featurePackagesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    /** The module canvases and the component diagram, under target/spring-modulith-docs. */
    @Test
    void documentsTheModules() {
        new Documenter(MODULES).writeDocumentation();
    }
}
