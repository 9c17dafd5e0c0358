package dev.vigil.engine.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VexWriterTest {

    static final ProductRelease PUMP = new ProductRelease(
            "Acme Infusion Pump",
            Optional.of("4.2.0"),
            Optional.of("pkg:generic/acme/infusion-pump@4.2.0"),
            "Acme PSIRT");
    static final Instant WHEN = Instant.parse("2026-11-24T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Statements from all three formats that both writers can express (no version ranges). */
    static List<VexStatement> mixed() throws VexException {
        List<VexStatement> all = new ArrayList<>();
        all.addAll(Fixtures.read("openvex-wolfi.json").statements());
        all.addAll(Fixtures.read("cyclonedx-cisa-case1-not-affected.json").statements());
        all.addAll(Fixtures.read("cyclonedx-dependency-track-2549.json").statements());
        all.addAll(Fixtures.read("cyclonedx-bom-link.json").statements());
        return all;
    }

    private static VexDocument roundTrip(VexFormat format, List<VexStatement> statements) throws VexException {
        VexOutput out = VexWriter.write(format, PUMP, statements, WHEN);
        return VexReader.read("written.json", out.json().getBytes(StandardCharsets.UTF_8));
    }

    /** What a statement says, without where it was said. */
    private record Said(
            String id,
            List<String> aliases,
            List<ComponentRef> subjects,
            VexStatus status,
            Optional<VexJustification> justification,
            Optional<String> impact,
            Optional<String> action,
            Optional<Instant> timestamp) {
        static Said of(VexStatement s) {
            return new Said(
                    s.vulnerabilityId(),
                    s.sortedAliases(),
                    s.subjects(),
                    s.status(),
                    s.justification().flatMap(Justification::category),
                    s.impactStatement(),
                    s.actionStatement(),
                    // A statement without a time of its own takes the document's when read back.
                    s.timestamp().or(() -> Optional.of(WHEN)));
        }
    }

    private static List<Said> said(List<VexStatement> statements) {
        return statements.stream().map(Said::of).sorted(BY_TEXT).toList();
    }

    private static final java.util.Comparator<Said> BY_TEXT = java.util.Comparator.comparing(Said::toString);

    @Test
    void cycloneDxRoundTripKeepsEveryStatement() throws VexException {
        List<VexStatement> in = mixed();
        VexDocument back = roundTrip(VexFormat.CYCLONEDX, in);

        assertThat(back.format()).isEqualTo(VexFormat.CYCLONEDX);
        assertThat(back.author()).contains("Acme PSIRT");
        assertThat(said(back.statements())).isEqualTo(said(in));
    }

    @Test
    void cycloneDxRoundTripKeepsTheOriginalCycloneDxJustification() throws VexException {
        VexDocument back = roundTrip(
                VexFormat.CYCLONEDX, Fixtures.read("cyclonedx-bom-link.json").statements());

        assertThat(back.statements().get(0).justification())
                .contains(new Justification(
                        Optional.of(VexJustification.VULNERABLE_CODE_NOT_IN_EXECUTE_PATH), "code_not_reachable"));
    }

    @Test
    void cycloneDxKeepsVersionRangesAsAffectsVersions() throws VexException {
        List<VexStatement> in = Fixtures.read("csaf-evd-uc-08.json").statements();
        VexDocument back = roundTrip(VexFormat.CYCLONEDX, in);

        assertThat(back.statements().stream().map(VexStatement::subjects).toList())
                .containsExactlyElementsOf(in.stream()
                        .sorted(VexWriter.ORDER)
                        .map(VexStatement::subjects)
                        .toList());
    }

    @Test
    void openVexRoundTripKeepsEveryStatement() throws VexException {
        List<VexStatement> in = mixed().stream()
                // OpenVEX has no bom-refs: a bare one would be read back as a name (a BOM-Link is kept).
                .filter(s -> s.subjects().stream()
                        .noneMatch(c ->
                                c instanceof ComponentRef.BomRef b && !b.ref().startsWith("urn:cdx:")))
                .toList();
        VexDocument back = roundTrip(VexFormat.OPENVEX, in);

        assertThat(in).hasSizeGreaterThanOrEqualTo(4);
        // OpenVEX speaks in CISA labels only, so compare categories (Said does) rather than originals; and
        // it requires a reason for not_affected, so a statement that had none says so, naming its source.
        List<Said> expected = in.stream()
                .map(st -> {
                    Said said = Said.of(st);
                    boolean reasonless = st.status() == VexStatus.NOT_AFFECTED
                            && st.justification().isEmpty()
                            && st.impactStatement().isEmpty();
                    return reasonless
                            ? new Said(
                                    said.id(),
                                    said.aliases(),
                                    said.subjects(),
                                    said.status(),
                                    said.justification(),
                                    Optional.of("No justification was given in "
                                            + st.source().describe()),
                                    said.action(),
                                    said.timestamp())
                            : said;
                })
                .sorted(BY_TEXT)
                .toList();
        assertThat(said(back.statements())).isEqualTo(expected);
    }

    @Test
    void openVexLeavesOutVersionRangesWithAWarningInsteadOfWideningThem() throws VexException {
        VexOutput out = VexWriter.write(
                VexFormat.OPENVEX,
                PUMP,
                Fixtures.read("csaf-sec-vex-2022-0001.json").statements(),
                WHEN);

        assertThat(out.warnings()).hasSize(6);
        assertThat(out.warnings().get(0)).startsWith("OpenVEX has no version ranges: left out Secvisogram <=1.14.0");
        assertThat(VexReader.read("w.json", out.json().getBytes(StandardCharsets.UTF_8))
                        .statements())
                .isEmpty();
    }

    @Test
    void outputIsTheSameWhateverTheInputOrder() throws VexException {
        List<VexStatement> in = new ArrayList<>(mixed());
        String first = VexWriter.write(VexFormat.CYCLONEDX, PUMP, in, WHEN).json();
        String firstOpenVex = VexWriter.write(VexFormat.OPENVEX, PUMP, in, WHEN).json();
        Collections.reverse(in);

        assertThat(VexWriter.write(VexFormat.CYCLONEDX, PUMP, in, WHEN).json()).isEqualTo(first);
        assertThat(VexWriter.write(VexFormat.OPENVEX, PUMP, in, WHEN).json()).isEqualTo(firstOpenVex);
        // ...and different content gets a different document id.
        assertThat(VexWriter.write(VexFormat.CYCLONEDX, PUMP, in.subList(1, in.size()), WHEN)
                        .json())
                .isNotEqualTo(first);
    }

    @Test
    void openVexOutputHasEveryFieldTheSpecificationRequires() throws VexException, IOException {
        JsonNode doc = JSON.readTree(
                VexWriter.write(VexFormat.OPENVEX, PUMP, mixed(), WHEN).json());

        assertThat(doc.path("@context").asText()).isEqualTo("https://openvex.dev/ns/v0.2.0");
        assertThat(doc.path("@id").asText()).startsWith("urn:uuid:");
        assertThat(doc.path("author").asText()).isEqualTo("Acme PSIRT");
        assertThat(doc.path("timestamp").asText()).isEqualTo("2026-11-24T00:00:00Z");
        assertThat(doc.path("version").asInt()).isEqualTo(1);
        assertThat(doc.path("statements")).isNotEmpty();
        for (JsonNode s : doc.path("statements")) {
            assertThat(s.path("vulnerability").path("name").asText())
                    .as(s.toString())
                    .isNotBlank();
            assertThat(s.path("products")).as(s.toString()).isNotEmpty();
            s.path("products").forEach(p -> assertThat(p.path("@id").asText()).isNotBlank());
            String status = s.path("status").asText();
            assertThat(VexStatus.fromId(status)).as(s.toString()).isPresent();
            if (status.equals("not_affected")) {
                assertThat(s.has("justification") || s.has("impact_statement"))
                        .as(s.toString())
                        .isTrue();
            }
            if (status.equals("affected")) {
                assertThat(s.path("action_statement").asText()).as(s.toString()).isNotBlank();
            }
            if (s.has("justification")) {
                assertThat(VexJustification.fromId(s.path("justification").asText()))
                        .isPresent();
            }
        }
    }

    @Test
    void cycloneDxOutputIsValidAgainstTheCycloneDx16Schema() throws VexException, IOException {
        Optional<Path> schemas = SharedData.folder("cyclonedx-spec-testdata/schema");
        if (schemas.isEmpty()) {
            System.out.println("VexWriterTest: CycloneDX schema check skipped, ../shared/data/cyclonedx-spec-testdata"
                    + " is not present");
        }
        assumeTrue(schemas.isPresent());
        Schema schema = SchemaRegistry.withDefaultDialect(
                        SpecificationVersion.DRAFT_7, b -> b.schemas(id -> local(schemas.get(), id)))
                .getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.6.schema.json"));
        List<VexStatement> all = new ArrayList<>(mixed());
        all.addAll(Fixtures.read("csaf-evd-uc-08.json").statements());
        JsonNode bom = JSON.readTree(
                VexWriter.write(VexFormat.CYCLONEDX, PUMP, all, WHEN).json());

        assertThat(schema.validate(bom)).isEmpty();
        // The check can fail: a BOM without its required specVersion does.
        ((com.fasterxml.jackson.databind.node.ObjectNode) bom).remove("specVersion");
        assertThat(schema.validate(bom)).isNotEmpty();
    }

    /** The CycloneDX schemas refer to each other by http://cyclonedx.org/schema/ ids: serve the local copies. */
    private static String local(Path dir, String id) {
        String prefix = "http://cyclonedx.org/schema/";
        if (!id.startsWith(prefix)) {
            return null;
        }
        Path file = dir.resolve(id.substring(prefix.length()));
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
