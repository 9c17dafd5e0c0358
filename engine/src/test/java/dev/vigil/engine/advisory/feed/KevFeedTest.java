package dev.vigil.engine.advisory.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KevFeedTest {

    @Test
    void csvRowsKeepQuotedCommasQuotesAndLineBreaks() {
        assertThat(KevFeed.rows("a,b\r\n\"x, \"\"y\"\"\nz\",2\n"))
                .containsExactly(List.of("a", "b"), List.of("x, \"y\"\nz", "2"));
    }
}
