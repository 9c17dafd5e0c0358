package dev.vigil.engine.model;

import java.util.List;
import java.util.Optional;

/** What is being assessed: a product or a manufacturing/engineering site. */
public record SystemInfo(
        String id,
        String name,
        Kind kind,
        Optional<String> manufacturer,
        Optional<String> version,
        Optional<String> intendedUse,
        List<Environment> environments,
        List<Market> markets,
        Optional<Boolean> cyberDevice,
        Optional<SafetyClass> softwareSafetyClass,
        List<EssentialFunction> essentialFunctions) {

    public SystemInfo {
        environments = List.copyOf(environments);
        markets = List.copyOf(markets);
        essentialFunctions = List.copyOf(essentialFunctions);
    }

    public enum Kind implements WireValue {
        PRODUCT,
        SITE
    }

    public enum Environment implements WireValue {
        HOME,
        HOSPITAL,
        CLINIC,
        AMBULANCE,
        PUBLIC,
        MANUFACTURING,
        ENGINEERING,
        CLOUD
    }

    /** Markets select which regulatory frameworks apply. */
    public enum Market implements WireValue {
        US,
        EU,
        CA,
        AU,
        FR,
        JP,
        UK
    }

    /** IEC 62304 software safety class, written in capitals. */
    public enum SafetyClass implements WireValue {
        A,
        B,
        C;

        @Override
        public String wire() {
            return name();
        }
    }
}
