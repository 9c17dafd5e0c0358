package dev.vigil.engine.documents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.assess.AssessOptions;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Two releases of one small hand-written product, each in its own folder with its own SBOM, for the
 * change summary and the customer documentation tests. The later release, against the earlier one: the
 * component {@code bridge} removed, {@code laptop} added (with a default password, a new finding), the
 * pump's platform and SBOM updated (liba 1.0 -> 1.1, libb removed, libc added), the flow
 * {@code telemetry} encrypted (its cleartext finding fixed) and the control {@code at-rest} added.
 */
final class ReleasePair {
    static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private static final String MODEL =
            """
            vigil: 1
            system: {id: infuser, name: Infuser, kind: product, version: "#VERSION#", markets: [us, eu]}
            hazards:
              - {id: overdose, name: Overdose, harm: Overdose, severity: critical}
            zones:
              - {id: ward, type: hospital-network, trust: medium}
              - {id: cloud, type: cloud, trust: medium}
              - {id: internet, type: internet, trust: untrusted}
            conduits:
              - {id: ward-edge, between: [ward, internet], guards: [firewall]}
              - {id: cloud-edge, between: [internet, cloud], guards: [waf]}
            components:
              - id: pump
                kind: device
                zone: ward
                owner: hdo
                sbom: pump.cdx.json
                software: {os: #OS#, supportEnds: 2033-01-01}
                stores: [settings]
                interfaces:
            #INTERFACES#
              - {id: gateway, kind: service, zone: ward, owner: hdo}
              - {id: cloud-api, kind: service, zone: cloud, owner: manufacturer}
            #COMPONENT#
            data:
              - {id: settings, category: therapy-setting, confidentiality: 3, integrity: 5, availability: 4}
            flows:
              - {id: telemetry, from: pump, to: gateway, via: pump-eth, protocol: "mqtt over TLS, port 8883", data: [settings], network: adjacent, encryption: #ENCRYPTION#, authentication: mutual, integrity: mac, certificateValidation: true, purpose: telemetry}
              - {id: upload, from: gateway, to: cloud-api, protocol: https, network: internet, encryption: tls1.3, authentication: mutual, certificateValidation: true}
              - {id: fw-down, from: gateway, to: pump, via: pump-eth, protocol: "https:8443", network: adjacent, encryption: tls1.3, authentication: mutual, certificateValidation: true, purpose: update}
            updates:
              - {id: pump-update, target: pump, path: [fw-down], verifiedOn: device, rollbackProtection: false, recovery: dual-bank}
            controls:
            #CONTROL#
              - {id: fw-firewall, name: Firewall, category: authorization, appliesTo: [gateway]}
            """;

    private static final String INTERFACES =
            """
                  - {id: pump-eth, type: ethernet, enabledInField: true}
                  - {id: pump-jtag, type: jtag, enabledInField: false, purpose: factory programming}
                  - {id: pump-uart, type: uart, enabledInField: true, purpose: service console}
            """;

    private ReleasePair() {}

    /** The later release (2.0). */
    static String later() {
        return MODEL.replace("#VERSION#", "2.0")
                .replace("#OS#", "RTOS 2")
                .replace("#INTERFACES#\n", INTERFACES)
                .replace(
                        "#COMPONENT#",
                        """
                          - id: laptop
                            kind: programmer
                            zone: ward
                            software: {os: Windows 11}
                            accounts: [{role: service, authentication: default-password}, {role: maintenance, authentication: hardcoded}]\
                        """)
                .replace("#ENCRYPTION#", "tls1.3")
                .replace(
                        "#CONTROL#",
                        "  - {id: at-rest, name: Encrypted storage, category: confidentiality, appliesTo: [pump]}");
    }

    /** The earlier release (1.0). */
    static String earlier() {
        return MODEL.replace("#VERSION#", "1.0")
                .replace("#OS#", "RTOS 1")
                .replace("#INTERFACES#\n", INTERFACES)
                .replace("#COMPONENT#", "  - {id: bridge, kind: service, zone: ward}")
                .replace("#ENCRYPTION#", "none")
                .replace("#CONTROL#\n", "");
    }

    /** A CycloneDX SBOM of generic packages, {@code name -> version}. */
    static String sbom(Map<String, String> packages) {
        return "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.5\",\"version\":1,\"components\":["
                + packages.entrySet().stream()
                        .map(e -> "{\"bom-ref\":\"" + e.getKey() + "\",\"type\":\"library\",\"name\":\"" + e.getKey()
                                + "\",\"version\":\"" + e.getValue() + "\",\"purl\":\"pkg:generic/" + e.getKey() + "@"
                                + e.getValue() + "\"}")
                        .collect(Collectors.joining(","))
                + "]}";
    }

    /** Writes a model and its pump SBOM into {@code dir} and loads it. */
    static SystemModel write(Path dir, String model, Map<String, String> sbom) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("pump.cdx.json"), sbom(sbom));
            Path file = Files.writeString(dir.resolve("model.yaml"), model);
            LoadResult loaded = new ModelLoader().load(file);
            assertThat(loaded.errors()).as(model).isEmpty();
            return loaded.orThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static SystemModel laterIn(Path dir) {
        return write(dir, later(), Map.of("liba", "1.1", "libc", "1.0"));
    }

    static SystemModel earlierIn(Path dir) {
        return write(dir, earlier(), Map.of("liba", "1.0", "libb", "2.0"));
    }

    /** The documents of one set, with a change summary against {@code previous} when given. */
    static List<GeneratedDocument> documents(SystemModel model, Optional<SystemModel> previous, String set) {
        return Documents.assessAndMake(
                        model,
                        previous.map(p -> new Documents.Previous(p, SourceResolver.fileSystem())),
                        AssessOptions.on(DAY).withSources(SourceResolver.fileSystem()),
                        DocumentOptions.on(DAY),
                        List.of(set))
                .documents();
    }

    static Section section(GeneratedDocument d, String title) {
        return d.sections().stream()
                .filter(s -> s.title().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section '" + title + "' in " + d.title() + ": "
                        + d.sections().stream().map(Section::title).toList()));
    }

    static Block.Table table(Section s, String caption) {
        return s.blocks().stream()
                .filter(b -> b instanceof Block.Table t && t.caption().equals(caption))
                .map(Block.Table.class::cast)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table '" + caption + "' in " + s.title()));
    }

    /** The row of a table whose first cell is {@code key}. */
    static List<String> row(Block.Table t, String key) {
        return t.rows().stream()
                .filter(r -> r.get(0).equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + key + "' in " + t.caption() + ": " + t.rows()));
    }

    /** Every text of a section, for checks that something is said somewhere in it. */
    static String text(Section s) {
        return s.blocks().stream().flatMap(ReleasePair::texts).collect(Collectors.joining("\n"));
    }

    private static Stream<String> texts(Block b) {
        if (b instanceof Block.Paragraph p) {
            return Stream.of(p.text());
        }
        if (b instanceof Block.Bullets l) {
            return l.items().stream();
        }
        if (b instanceof Block.NotStated n) {
            return Stream.of(n.text());
        }
        if (b instanceof Block.Facts f) {
            return f.facts().stream().map(x -> x.label() + ": " + x.value());
        }
        if (b instanceof Block.Table t) {
            return t.rows().isEmpty()
                    ? Stream.of(t.caption(), t.empty())
                    : Stream.concat(Stream.of(t.caption()), t.rows().stream().map(r -> String.join(" | ", r)));
        }
        return Stream.empty();
    }
}
