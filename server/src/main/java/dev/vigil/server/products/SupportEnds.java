package dev.vigil.server.products;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.source.SourceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The end-of-support dates a release states, taken from the engine's facts: each model component's
 * platform ({@code software.supportEnds}, what the engine's {@code platform-support-ending} rule reads) and
 * each SBOM component's end-of-support date (the FDA SBOM element). Stored with the release so the
 * portfolio can ask, for any date and horizon, which support ends soon without loading a model.
 */
final class SupportEnds {
    private SupportEnds() {}

    /** One stated end of support: a platform of a model component, or a component of an SBOM. */
    record SupportEnd(String kind, String subject, LocalDate ends) {
        static final String PLATFORM = "platform";
        static final String COMPONENT = "component";

        SupportEnd {
            subject = subject.length() > 1000 ? subject.substring(0, 999) + "…" : subject; // the column's size
        }
    }

    static List<SupportEnd> of(SystemModel model, SourceResolver sources) {
        List<SupportEnd> ends = new ArrayList<>();
        for (Component c : model.components()) {
            c.software()
                    .flatMap(Component.Software::supportEnds)
                    .ifPresent(d -> ends.add(new SupportEnd(
                            SupportEnd.PLATFORM,
                            c.id()
                                    + c.software()
                                            .flatMap(Component.Software::os)
                                            .map(os -> " (" + os + ")")
                                            .orElse(""),
                            d)));
            if (c.sbom().isPresent()) {
                Sbom sbom = SbomReader.withDefaults()
                        .withoutSchemaValidation()
                        .read(SourceResolver.sibling(model.source(), c.sbom().get()), sources);
                for (SbomComponent s : sbom.components()) {
                    if (s.endOfSupport() != null) {
                        ends.add(new SupportEnd(
                                SupportEnd.COMPONENT, c.id() + ": " + s.displayName(), s.endOfSupport()));
                    }
                }
            }
        }
        return ends;
    }
}
