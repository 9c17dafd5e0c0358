package dev.vigil.engine.scan;

import dev.vigil.engine.vex.ComponentRef;
import dev.vigil.engine.vex.ProductRelease;
import dev.vigil.engine.vex.VexFormat;
import dev.vigil.engine.vex.VexOutput;
import dev.vigil.engine.vex.VexSource;
import dev.vigil.engine.vex.VexStatement;
import dev.vigil.engine.vex.VexStatus;
import dev.vigil.engine.vex.VexWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The VEX statements of a product release from a scan: every finding becomes a statement about its
 * component inside the release. A finding a VEX document already speaks of keeps that statement's status,
 * justification and texts; one without a statement is {@code affected}, with an action statement saying
 * that nobody has analysed it yet, because a match is all Vigil knows.
 */
public final class ReleaseVex {

    private ReleaseVex() {}

    /**
     * The release's VEX document in {@code format} ({@code vigil scan --write-vex}): the {@link #statements}
     * of the scan, written at {@code at}.
     */
    public static VexOutput document(
            VexFormat format, ScanResult result, ProductRelease release, String origin, Instant at) {
        return VexWriter.write(format, release, statements(result, release, origin), at);
    }

    /**
     * One statement per vulnerability and component (the same component in two SBOMs of a model gives one).
     *
     * @param origin names the scan in each new statement's provenance, e.g. {@code vigil scan bom.json}
     */
    public static List<VexStatement> statements(ScanResult result, ProductRelease release, String origin) {
        Map<String, VexStatement> statements = new LinkedHashMap<>();
        int index = 0;
        for (VulnerabilityFinding f : result.findings()) {
            ComponentRef subject = subject(f);
            String key = f.id() + " " + subject.display();
            if (statements.containsKey(key)) {
                continue;
            }
            Optional<VexStatement> known = f.vex();
            String pointer = "/findings/" + index;
            VexStatement statement = known.map(s -> new VexStatement(
                            f.id(),
                            Set.copyOf(f.aliases()),
                            List.of(release.ref()),
                            List.of(subject),
                            s.status(),
                            s.justification(),
                            s.impactStatement(),
                            s.actionStatement(),
                            s.timestamp(),
                            s.source()))
                    .orElseGet(() -> new VexStatement(
                            f.id(),
                            Set.copyOf(f.aliases()),
                            List.of(release.ref()),
                            List.of(subject),
                            VexStatus.AFFECTED,
                            Optional.empty(),
                            Optional.empty(),
                            Optional.of(action(f)),
                            Optional.empty(),
                            // A statement needs a source; the scan is it. The writers name the source only when a
                            // text is missing, and the action statement above is always given.
                            new VexSource(VexFormat.OPENVEX, origin, Optional.empty(), pointer)));
            statements.put(key, statement);
            index++;
        }
        return new ArrayList<>(statements.values());
    }

    private static String action(VulnerabilityFinding f) {
        Match first = f.matches().get(0);
        return "Not analysed yet: Vigil matched " + f.id() + " to " + f.componentLabel() + " (record "
                + first.record().id() + ", rule " + first.rule().wire() + ", priority "
                + f.priority().band().wire() + "). Update the component, or analyse and state why the release is"
                + " not affected.";
    }

    /** The component as the VEX names it: its purl when readable, else name@version. */
    static ComponentRef subject(VulnerabilityFinding f) {
        String purl = f.component().purl();
        if (purl != null) {
            try {
                return ComponentRef.Purl.parse(purl);
            } catch (IllegalArgumentException unreadable) {
                // named below
            }
        }
        String name = f.component().name() == null
                ? f.componentLabel()
                : f.component().name();
        return ComponentRef.Named.of(name, f.component().version());
    }
}
