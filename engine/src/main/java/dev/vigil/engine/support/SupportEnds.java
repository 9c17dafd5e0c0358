package dev.vigil.engine.support;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Evidence;
import dev.vigil.engine.model.Lifecycle;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomReader;
import dev.vigil.engine.source.InputException;
import dev.vigil.engine.source.SourceResolver;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every end-of-support date a model states: the system's two IMDRF N70 stages ({@code lifecycle.endOfLife}
 * {@code endOfGuaranteedSupport} and {@code endOfSupport}), each component's platform ({@code
 * software.supportEnds}) and each entry of each component's SBOM with an end-of-support date. An SBOM that
 * cannot be read is named in {@code unread}, never skipped silently: its dates were not checked.
 */
public record SupportEnds(List<SupportEnd> ends, List<String> unread) {

    public SupportEnds {
        ends = List.copyOf(ends);
        unread = List.copyOf(unread);
    }

    /** The dates of {@code model}, its SBOMs read with {@code reader} through {@code sources}. */
    public static SupportEnds of(SystemModel model, SourceResolver sources, SbomReader reader) {
        List<SupportEnd> ends = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        String system = "system '" + model.system().id() + "'";
        lifecycleDate(model, "endOfGuaranteedSupport")
                .ifPresent(d -> ends.add(new SupportEnd(
                        SupportEnd.Scope.SYSTEM, SupportEnd.Stage.END_OF_GUARANTEED_SUPPORT, system, d)));
        lifecycleDate(model, "endOfSupport")
                .ifPresent(d ->
                        ends.add(new SupportEnd(SupportEnd.Scope.SYSTEM, SupportEnd.Stage.END_OF_SUPPORT, system, d)));
        for (Component c : model.components()) {
            Optional<Component.Software> software = c.software();
            software.flatMap(Component.Software::supportEnds)
                    .ifPresent(d -> ends.add(new SupportEnd(
                            SupportEnd.Scope.PLATFORM,
                            SupportEnd.Stage.END_OF_SUPPORT,
                            "the platform of component '" + c.id() + "'"
                                    + software.get()
                                            .os()
                                            .map(os -> " (" + os + ")")
                                            .orElse(""),
                            d)));
            if (c.sbom().isEmpty()) {
                continue;
            }
            Sbom sbom;
            try {
                sbom = reader.read(
                        SourceResolver.sibling(model.source(), c.sbom().get()), sources);
            } catch (InputException e) {
                unread.add("component '" + c.id() + "': " + e.getMessage());
                continue;
            }
            for (SbomComponent s : sbom.components()) {
                if (s.endOfSupport() != null) {
                    ends.add(new SupportEnd(
                            SupportEnd.Scope.SBOM_COMPONENT,
                            SupportEnd.Stage.END_OF_SUPPORT,
                            s.displayName() + " in the SBOM of component '" + c.id() + "'",
                            s.endOfSupport()));
                }
            }
        }
        return new SupportEnds(ends, unread);
    }

    private static Optional<LocalDate> lifecycleDate(SystemModel model, String key) {
        return model.lifecycle()
                .find(Lifecycle.Phase.END_OF_LIFE, key)
                .filter(Evidence.Dated.class::isInstance)
                .map(e -> ((Evidence.Dated) e).date());
    }
}
