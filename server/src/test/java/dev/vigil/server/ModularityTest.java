package dev.vigil.server;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    @Test
    void featurePackagesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        ApplicationModules.of(VigilServerApplication.class).verify();
    }
}
