package dev.vigil.engine.sbom;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON of {@code vigil sbom components} (one {@link Components} per file) and {@code vigil sbom check} (a
 * list of {@link Quality}), records so the output stays stable when the SBOM records gain fields. Absent
 * values are written as {@code null}. Written by {@link dev.vigil.engine.render.JsonDocuments}.
 */
public final class SbomDocument {

    private SbomDocument() {}

    public static Components components(Path file, Sbom sbom) {
        return new Components(
                Metadata.of(file, sbom),
                sbom.components().stream()
                        .map(c -> Component.of(c, sbom.dependenciesOf(c.ref())))
                        .toList());
    }

    public static Quality quality(Path file, Sbom sbom) {
        QualityReport report = QualityReport.of(sbom);
        Map<String, Coverage> coverage = new LinkedHashMap<>();
        for (QualityElement element : QualityElement.values()) {
            if (!element.documentLevel()) {
                coverage.put(element.id(), new Coverage(report.present().get(element), report.percent(element)));
            }
        }
        return new Quality(
                Metadata.of(file, sbom),
                report.documentGaps().stream().map(QualityElement::id).toList(),
                coverage,
                report.completeComponents(),
                report.components().stream()
                        .filter(c -> !c.complete())
                        .map(c -> new ComponentGap(
                                c.ref(),
                                c.displayName(),
                                c.missing().stream().map(QualityElement::id).toList()))
                        .toList());
    }

    public record Components(@JsonUnwrapped Metadata metadata, List<Component> components) {}

    /** The quality of one SBOM against the FDA/NTIA minimum elements. */
    public record Quality(
            @JsonUnwrapped Metadata metadata,
            List<String> documentGaps,
            Map<String, Coverage> coverage,
            int completeComponents,
            List<ComponentGap> componentGaps) {}

    /** The document's own facts; {@code created} as the SBOM states it, ISO-8601. */
    public record Metadata(
            String file,
            String format,
            String encoding,
            String specVersion,
            String serialNumber,
            String name,
            String subject,
            String created,
            List<String> tools,
            List<String> authors,
            int componentCount,
            List<String> warnings) {

        static Metadata of(Path file, Sbom sbom) {
            SbomMetadata m = sbom.metadata();
            return new Metadata(
                    file.toString(),
                    m.format().standard(),
                    m.format().encoding(),
                    m.specVersion(),
                    m.serialNumber(),
                    m.name(),
                    m.subjectRef(),
                    m.created() == null ? null : m.created().toString(),
                    m.tools(),
                    m.authors(),
                    sbom.components().size(),
                    sbom.warnings());
        }
    }

    public record Component(
            String ref,
            String type,
            String group,
            String name,
            String version,
            String purl,
            String cpe,
            String supplier,
            String author,
            List<HashEntry> hashes,
            List<String> licenses,
            String scope,
            String supportLevel,
            LocalDate endOfSupport,
            List<String> dependsOn) {

        static Component of(SbomComponent c, List<String> dependsOn) {
            return new Component(
                    c.ref(),
                    c.type(),
                    c.group(),
                    c.name(),
                    c.version(),
                    c.purl(),
                    c.cpe(),
                    c.supplier(),
                    c.author(),
                    c.hashes().stream()
                            .map(h -> new HashEntry(h.algorithm(), h.value()))
                            .toList(),
                    c.licenses(),
                    c.scope(),
                    c.supportLevel(),
                    c.endOfSupport(),
                    dependsOn);
        }
    }

    public record HashEntry(String algorithm, String value) {}

    /** How many components carry the element and what share of all components that is. */
    public record Coverage(int present, int percent) {}

    public record ComponentGap(String ref, String component, List<String> missing) {}
}
