package dev.vigil.engine.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.vigil.engine.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Real OSV records from {@code ../shared/data}: every SEMVER/ECOSYSTEM range builds, and the versions
 * osv.dev lists as affected ({@code affected[].versions}, found by its own range evaluation) fall
 * inside the record's ranges under our orderings.
 */
class OsvRecordsCorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Records whose listed versions contradict their own ranges under the OSV schema's evaluation;
     * checked by hand, the record is at fault, not the ordering.
     */
    private static final Map<String, String> KNOWN_DATA_ERRORS = Map.of(
            "PYSEC-2023-61",
            "lists 3.2a1, 3.2b1, 3.2rc1, 4.2a1, 4.2b1, 4.2rc1 although its ranges start at 3.2 and 4.2,"
                    + " and PEP 440 puts pre-releases below their release",
            "PYSEC-2021-114",
            "one range holds overlapping intervals ([2.11, 2.11.7) and [0, 2.11.6)); the schema's sorted"
                    + " evaluation closes at 2.11.6, osv.dev paired the events in record order");

    private static final class Tally {
        int ranges;
        int listed;
        int contained;
        final List<String> problems = new ArrayList<>();

        void problem(String p) {
            if (problems.size() < 20) {
                problems.add(p);
            }
        }
    }

    @Test
    void listedAffectedVersionsFallInsideTheRecordsOwnRanges() throws IOException {
        Optional<Path> bulk = SharedData.folder("osv-bulk");
        assumeTrue(bulk.isPresent(), "skipped: ../shared/data/osv-bulk not found next to the repository");
        Map<String, Tally> tallies = new TreeMap<>();
        for (String ecosystem : List.of("Go", "PyPI")) {
            Tally t = tallies.computeIfAbsent(ecosystem, k -> new Tally());
            try (ZipFile zip =
                    new ZipFile(bulk.get().resolve(ecosystem).resolve("all.zip").toFile())) {
                for (Iterator<? extends ZipEntry> it = zip.entries().asIterator(); it.hasNext(); ) {
                    ZipEntry e = it.next();
                    if (e.isDirectory() || !e.getName().endsWith(".json")) {
                        continue;
                    }
                    JsonNode record = JSON.readTree(zip.getInputStream(e));
                    for (JsonNode affected : record.path("affected")) {
                        check(record.path("id").asText(), affected, t);
                    }
                }
            }
        }
        KNOWN_DATA_ERRORS.forEach((id, why) -> System.out.println("osv-bulk: not checked, " + id + " " + why));
        tallies.forEach((eco, t) -> System.out.printf(
                "osv-bulk %s: %d ranges built, %d/%d listed versions inside them%n",
                eco, t.ranges, t.contained, t.listed));
        tallies.forEach((eco, t) -> assertThat(t.problems).as(eco).isEmpty());
        assertThat(tallies.get("PyPI").listed).isGreaterThan(60_000);
        assertThat(tallies.get("Go").ranges).isGreaterThan(6_000);
    }

    @Test
    void everyRangeOfTheSampleRecordsBuilds() throws IOException {
        Optional<Path> osv = SharedData.folder("osv");
        assumeTrue(osv.isPresent(), "skipped: ../shared/data/osv not found next to the repository");
        Tally t = new Tally();
        int records = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(osv.get())) {
            files = walk.filter(p -> p.toString()
                            .matches(".*/(ghsa|go-vulndb|rustsec-osv|pypa-advisory-database|osv-linter/testdata)/.*"))
                    .filter(p -> !p.getFileName().toString().startsWith("no"))
                    .filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
        for (Path file : files) {
            JsonNode record = file.toString().endsWith(".yaml")
                    ? JSON.valueToTree(new Yaml().load(Files.readString(file)))
                    : JSON.readTree(file.toFile());
            records++;
            for (JsonNode affected : record.path("affected")) {
                check(record.path("id").asText(), affected, t);
            }
        }
        System.out.printf(
                "osv samples: %d records, %d ranges built, %d/%d listed versions inside them%n",
                records, t.ranges, t.contained, t.listed);
        assertThat(t.problems).isEmpty();
        assertThat(records).isGreaterThanOrEqualTo(150);
    }

    @Test
    void log4jCoreIsAffectedIn2141AndNotIn2171ByGhsaJfh8() throws Exception {
        Optional<Path> osv = SharedData.folder("osv");
        assumeTrue(osv.isPresent(), "skipped: ../shared/data/osv not found next to the repository");
        JsonNode record =
                JSON.readTree(osv.get().resolve("ghsa/GHSA-jfh8-c2jp-5v3q.json").toFile());
        List<OsvRange> ranges = new ArrayList<>();
        for (JsonNode affected : record.path("affected")) {
            for (JsonNode range : affected.path("ranges")) {
                ranges.add(
                        range(range, affected.path("package").path("ecosystem").asText()));
            }
        }
        assertThat(ranges).hasSize(3);
        assertThat(anyContains(ranges, "2.14.1")).isTrue();
        assertThat(anyContains(ranges, "2.0-beta9")).isTrue();
        assertThat(anyContains(ranges, "2.12.2")).isFalse();
        assertThat(anyContains(ranges, "2.17.1")).isFalse();
    }

    private static boolean anyContains(List<OsvRange> ranges, String version) throws InvalidVersionException {
        for (OsvRange r : ranges) {
            if (r.contains(version)) {
                return true;
            }
        }
        return false;
    }

    private static OsvRange range(JsonNode range, String ecosystem) throws InvalidRangeException {
        List<OsvRange.Event> events = new ArrayList<>();
        for (JsonNode event : range.path("events")) {
            Map.Entry<String, JsonNode> field = event.fields().next();
            events.add(new OsvRange.Event(
                    OsvRange.Kind.ofField(field.getKey()), field.getValue().asText()));
        }
        return OsvRange.of(range.path("type").asText(), ecosystem, events);
    }

    private static void check(String id, JsonNode affected, Tally t) {
        String ecosystem = affected.path("package").path("ecosystem").asText();
        List<OsvRange> ranges = new ArrayList<>();
        for (JsonNode range : affected.path("ranges")) {
            if (range.path("type").asText().equals("GIT")) {
                return; // versions found through commits; our ranges cannot account for them
            }
            try {
                ranges.add(range(range, ecosystem));
                t.ranges++;
            } catch (InvalidRangeException ex) {
                t.problem(id + ": " + ex.getMessage());
                return;
            }
        }
        if (ranges.isEmpty() || KNOWN_DATA_ERRORS.containsKey(id)) {
            return; // a bare versions list has nothing to check against
        }
        for (JsonNode listed : affected.path("versions")) {
            t.listed++;
            boolean inside = false;
            for (OsvRange r : ranges) {
                try {
                    inside |= r.contains(listed.asText());
                } catch (InvalidVersionException ex) {
                    t.problem(id + ": listed version " + ex.getMessage());
                }
            }
            if (inside) {
                t.contained++;
            } else {
                t.problem(id + ": listed version " + listed.asText() + " is outside " + ranges);
            }
        }
    }
}
