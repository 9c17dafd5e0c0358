package dev.vigil.engine.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * The one Jackson set-up for SBOM input: bounded nesting and sizes, and a duplicate key is an error
 * (last-wins let a second value silently replace the first, so two readers of one file disagreed).
 */
final class SafeJson {
    /**
     * Real SBOMs nest components a few levels deep; 200 leaves ample room and keeps the recursive
     * validator and mapper far from the thread's stack limit on hostile input.
     */
    static final int MAX_NESTING = 200;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING)
                    .maxStringLength(16 * 1024 * 1024)
                    .maxNumberLength(100)
                    .build())
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private SafeJson() {}

    static JsonParser parser(SbomContent content) throws IOException {
        if (content instanceof SbomContent.InMemory memory) {
            return FACTORY.createParser(memory.bytes());
        }
        return FACTORY.createParser(content.name().toFile());
    }

    /** Data binding, loaded only by the paths that build trees (validation, XML): a cold start costs. */
    static ObjectMapper mapper() {
        return Binding.MAPPER;
    }

    private static final class Binding {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    }
}
