package dev.vigil.engine.advisory.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one Jackson set-up for advisory feeds (OSV, NVD, CSAF, KEV): a duplicate key is an error, because
 * last-wins let a second {@code "id"} replace an advisory silently, and nesting is bounded.
 */
final class FeedJson {
    private FeedJson() {}

    static ObjectMapper mapper() {
        return new ObjectMapper(JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(
                        StreamReadConstraints.builder().maxNestingDepth(200).build())
                .build());
    }
}
