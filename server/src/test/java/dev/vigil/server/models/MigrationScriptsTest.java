package dev.vigil.server.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MigrationScriptsTest {

    @Test
    void everyMigrationExistsForBothDatabases() throws IOException {
        List<String> h2 = scripts("h2");
        List<String> postgresql = scripts("postgresql");

        assertThat(h2).isNotEmpty();
        assertThat(postgresql).as("PostgreSQL scripts mirror the H2 ones").isEqualTo(h2);
    }

    static List<String> scripts(String vendor) throws IOException {
        Resource[] found =
                new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/" + vendor + "/*.sql");
        return Arrays.stream(found).map(Resource::getFilename).sorted().toList();
    }
}
