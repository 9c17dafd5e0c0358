package dev.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigil.engine.sbom.ComponentQuality;
import dev.vigil.engine.sbom.QualityElement;
import dev.vigil.engine.sbom.QualityReport;
import dev.vigil.engine.sbom.Sbom;
import dev.vigil.engine.sbom.SbomComponent;
import dev.vigil.engine.sbom.SbomMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of the {@code sbom} commands, built explicitly so the output stays stable when the
 * records gain fields. Absent values are written as {@code null}, dates as ISO strings.
 */
final class SbomJsonView {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SbomJsonView() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    static Map<String, Object> metadata(Path file, Sbom sbom) {
        SbomMetadata m = sbom.metadata();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("file", file.toString());
        json.put("format", m.format().standard());
        json.put("encoding", m.format().encoding());
        json.put("specVersion", m.specVersion());
        json.put("serialNumber", m.serialNumber());
        json.put("name", m.name());
        json.put("subject", m.subjectRef());
        json.put("created", m.created() == null ? null : m.created().toString());
        json.put("tools", m.tools());
        json.put("authors", m.authors());
        json.put("componentCount", sbom.components().size());
        json.put("warnings", sbom.warnings());
        return json;
    }

    static Map<String, Object> component(SbomComponent c, List<String> dependsOn) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("ref", c.ref());
        json.put("type", c.type());
        json.put("group", c.group());
        json.put("name", c.name());
        json.put("version", c.version());
        json.put("purl", c.purl());
        json.put("cpe", c.cpe());
        json.put("supplier", c.supplier());
        json.put("author", c.author());
        List<Map<String, String>> hashes = new ArrayList<>();
        c.hashes().forEach(h -> hashes.add(Map.of("algorithm", h.algorithm(), "value", h.value())));
        json.put("hashes", hashes);
        json.put("licenses", c.licenses());
        json.put("scope", c.scope());
        json.put("supportLevel", c.supportLevel());
        json.put(
                "endOfSupport",
                c.endOfSupport() == null ? null : c.endOfSupport().toString());
        json.put("dependsOn", dependsOn);
        return json;
    }

    static Map<String, Object> quality(Path file, Sbom sbom, QualityReport report) {
        Map<String, Object> json = metadata(file, sbom);
        List<String> documentGaps =
                report.documentGaps().stream().map(QualityElement::id).toList();
        json.put("documentGaps", documentGaps);
        Map<String, Object> coverage = new LinkedHashMap<>();
        for (QualityElement element : QualityElement.values()) {
            if (!element.documentLevel()) {
                coverage.put(
                        element.id(),
                        Map.of("present", report.present().get(element), "percent", report.percent(element)));
            }
        }
        json.put("coverage", coverage);
        json.put("completeComponents", report.completeComponents());
        List<Map<String, Object>> gaps = new ArrayList<>();
        for (ComponentQuality component : report.components()) {
            if (!component.complete()) {
                Map<String, Object> gap = new LinkedHashMap<>();
                gap.put("ref", component.ref());
                gap.put("component", component.displayName());
                gap.put(
                        "missing",
                        component.missing().stream().map(QualityElement::id).toList());
                gaps.add(gap);
            }
        }
        json.put("componentGaps", gaps);
        return json;
    }
}
