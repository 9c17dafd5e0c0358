package dev.vigil.server.products;

import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.source.SourceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-of-support dates a release states, as the engine's assess reads them ({@code
 * dev.vigil.engine.support.SupportEnds}: the system's IMDRF N70 stages, each component's platform, each SBOM
 * entry's date). Stored with the release so the portfolio can ask, for any date and horizon, which support
 * ends soon without loading a model.
 */
final class SupportEnds {
    private SupportEnds() {}

    /** One stated end of support: of the system, a platform of a model component, or a component of an SBOM. */
    record SupportEnd(String kind, String subject, LocalDate ends) {
        static final String SYSTEM = "system";
        static final String PLATFORM = "platform";
        static final String COMPONENT = "component";

        SupportEnd {
            subject = subject.length() > 1000 ? subject.substring(0, 999) + "…" : subject; // the column's size
        }
    }

    static List<SupportEnd> of(SystemModel model, SourceResolver sources) {
        var stated = dev.vigil.engine.support.SupportEnds.of(
                model, sources, SbomReader.withDefaults().withoutSchemaValidation());
        List<SupportEnd> ends = new ArrayList<>();
        for (var end : stated.ends()) {
            String kind =
                    switch (end.scope()) {
                        case SYSTEM -> SupportEnd.SYSTEM;
                        case PLATFORM -> SupportEnd.PLATFORM;
                        case SBOM_COMPONENT -> SupportEnd.COMPONENT;
                    };
            String stage = end.stage() == dev.vigil.engine.support.SupportEnd.Stage.END_OF_GUARANTEED_SUPPORT
                    ? " (end of guaranteed support)"
                    : "";
            ends.add(new SupportEnd(kind, end.subject() + stage, end.date()));
        }
        return ends;
    }
}
