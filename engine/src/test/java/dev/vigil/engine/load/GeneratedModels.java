package dev.vigil.engine.load;

import dev.vigil.engine.threat.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One generated model with everything it names, held in memory: the root file, its include tree, the SBOMs
 * its components point at, the site models a product is built at, and an evidence file. The same seed
 * always makes the same files.
 */
record GeneratedModels(long seed, String root, Map<String, byte[]> files, List<String> siteRoots) {

    private static final Path SBOM_FIXTURES = Path.of("src/test/resources/sbom");
    /** Real SBOMs the readers accept, CycloneDX (JSON, XML) and SPDX (JSON, tag-value), several versions. */
    private static final List<String> FIXTURE_SBOMS = List.of(
            "infusion-pump-1.6.cdx.json",
            "infusion-pump-1.6.cdx.xml",
            "infusion-pump-2.3.spdx",
            "infusion-pump-2.3.spdx.json",
            "spdx-examples-03-SBOMwDependency-2.3.spdx.json",
            "valid-bom-1.4.xml",
            "valid-bom-1.7.json");
    /** Package URLs some of which the test advisory store knows, so vulnerabilities are found and reported. */
    private static final List<String> PURLS = List.of(
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1",
            "pkg:maven/org.apache.logging.log4j/log4j-core@2.17.1",
            "pkg:npm/lodash@4.17.20",
            "pkg:pypi/django@3.2.0",
            "pkg:generic/openssl@1.0.2");

    private static final List<String> RULE_IDS =
            RuleBook.standard().entries().stream().map(e -> e.metadata().id()).toList();

    static GeneratedModels make(long seed, Map<String, Set<String>> enumsSeen) {
        GeneratedValues values = new GeneratedValues(new SplittableRandom(seed));
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("evidence/report.pdf", "%PDF-1.4 evidence".getBytes(StandardCharsets.US_ASCII));
        files.put("evidence/\u00fcber.md", "# \u00fcber".getBytes(StandardCharsets.UTF_8));
        List<String> sboms = sboms(values, files);
        String root = values.pick(List.of("model.yaml", "model.json", "mod\u00e8le \u00fc.yml", "system.yaml"));

        ModelGenerator generator = new ModelGenerator(values, enumsSeen);
        Map<String, Object> model = generator.model();
        List<Map<String, Object>> links = new ArrayList<>();
        List<String> siteRoots = new ArrayList<>();
        if ("product".equals(system(model).get("kind")) && values.chance(0.3)) {
            int count = values.between(1, 2);
            for (int i = 0; i < count; i++) {
                String siteRoot = "sites/s" + i + "/site.yaml";
                ModelGenerator siteGenerator = new ModelGenerator(values, enumsSeen);
                Map<String, Object> site = siteGenerator.model();
                system(site).put("kind", "site");
                new ModelRepairs(siteGenerator, RULE_IDS).repair(site, List.of(), List.of());
                new IncludeTree(values).write(site, siteRoot, files);
                Map<String, Object> link = new LinkedHashMap<>();
                link.put("site", values.chance(0.9) ? system(site).get("id") : values.kebab());
                link.put("model", siteRoot);
                links.add(link);
                siteRoots.add(siteRoot);
            }
        }
        new ModelRepairs(generator, RULE_IDS).repair(model, sboms, links);
        new IncludeTree(values).write(model, root, files);
        return new GeneratedModels(seed, root, files, siteRoots);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> system(Map<String, Object> model) {
        return (Map<String, Object>) model.get("system");
    }

    /** A few SBOM files beside the model: real fixtures and small generated CycloneDX ones. */
    private static List<String> sboms(GeneratedValues values, Map<String, byte[]> files) {
        List<String> names = new ArrayList<>();
        int count = values.between(0, 3);
        for (int i = 0; i < count; i++) {
            String name;
            byte[] bytes;
            if (values.chance(0.4)) {
                String fixture = values.pick(FIXTURE_SBOMS);
                name = "sboms/" + i + "-" + fixture;
                try {
                    bytes = Files.readAllBytes(SBOM_FIXTURES.resolve(fixture));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                name = "sboms/generated-" + i + ".cdx.json";
                bytes = cycloneDx(values).getBytes(StandardCharsets.UTF_8);
            }
            files.put(name, bytes);
            names.add(name);
        }
        return names;
    }

    private static String cycloneDx(GeneratedValues values) {
        StringBuilder json = new StringBuilder(
                "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"version\": 1, \"components\": [");
        int count = values.between(0, 6);
        for (int i = 0; i < count; i++) {
            String purl = values.pick(PURLS);
            String name = purl.substring(purl.lastIndexOf('/') + 1, purl.indexOf('@'));
            json.append(i == 0 ? "" : ",")
                    .append("{\"type\": \"library\", \"bom-ref\": \"c")
                    .append(i)
                    .append("\", \"name\": ")
                    .append(quote(values.chance(0.2) ? values.text() : name));
            if (values.chance(0.8)) {
                json.append(", \"version\": ").append(quote(purl.substring(purl.indexOf('@') + 1)));
            }
            if (values.chance(0.8)) {
                json.append(", \"purl\": ").append(quote(purl));
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    private static String quote(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
