package dev.vigil.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.vigil.engine.render.JsonDocuments;
import dev.vigil.engine.scan.Sarif;
import dev.vigil.engine.scan.ScanDocument;
import dev.vigil.engine.scan.ScanResult;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The JSON and SARIF 2.1.0 forms of a scan result. */
final class ScanReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ScanReport() {}

    static String json(ScanResult result, boolean showSuppressed) {
        return JsonDocuments.write(ScanDocument.of(result, showSuppressed)) + System.lineSeparator();
    }

    /** SARIF; with {@code showSuppressed} the suppressed findings too, each with an external suppression. */
    static String sarif(ScanResult result, Path input, boolean showSuppressed) {
        return write(Sarif.of(result, input, showSuppressed));
    }

    static String bandSummary(ScanResult result) {
        return result.countByBand().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().wire())
                .collect(Collectors.joining(", "));
    }

    private static String write(Object root) {
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
