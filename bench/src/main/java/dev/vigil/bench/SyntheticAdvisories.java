package dev.vigil.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.PackageKey;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates realistic OSV records for benchmarks, reproducibly from a seed: ecosystems weighted like
 * osv.dev, several advisories per package, GHSA/CVE aliases, 1-3 ranges, explicit version lists for a
 * third of them, CVSS vectors, references and details of a few hundred to 1,500 characters (osv.dev
 * records average 2-3 KB of JSON; these come out at about the same).
 */
final class SyntheticAdvisories {
    private static final String[] ECOSYSTEMS = {
        "npm", "PyPI", "Maven", "Go", "Debian:12", "crates.io", "NuGet", "RubyGems", "Packagist"
    };
    private static final int[] WEIGHTS = {30, 15, 15, 10, 10, 5, 5, 5, 5};
    private static final String[] SYLLABLES = {
        "ka", "lo", "mi", "zen", "tor", "vex", "qua", "ri", "pol", "sun", "dar", "fin", "gul", "hex", "jo", "net",
        "ops", "py", "ux", "wy"
    };
    private static final String[] WORDS = {
        "attacker",
        "remote",
        "crafted",
        "request",
        "allows",
        "buffer",
        "overflow",
        "denial",
        "service",
        "injection",
        "parser",
        "input",
        "validation",
        "memory",
        "exposure",
        "sensitive",
        "information",
        "authentication",
        "bypass",
        "versions",
        "before",
        "function",
        "header"
    };
    private static final String[] EVENTS_FIXED = {"fixed", "fixed", "fixed", "last_affected"};

    private SyntheticAdvisories() {}

    /** Distinct packages behind {@code records} advisories: about three advisories per package. */
    static int packagesPerEcosystem(int records) {
        return Math.max(10, records / 3 / ECOSYSTEMS.length);
    }

    /** Writes {@code records} OSV JSON files into a zip laid out like osv.dev's {@code all.zip}. */
    static void writeOsvZip(Path zip, int records, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int packages = packagesPerEcosystem(records);
        JsonFactory factory = new JsonFactory();
        Instant base = Instant.parse("2018-01-01T00:00:00Z");
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
            out.setLevel(1);
            for (int i = 0; i < records; i++) {
                String id = "GHSA-" + token(random) + "-" + token(random) + "-" + token(random);
                out.putNextEntry(new ZipEntry(id + ".json"));
                JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                int ecosystem = pickEcosystem(random);
                Instant published = base.plusSeconds(random.nextLong(250_000_000L));
                json.writeStartObject();
                json.writeStringField("schema_version", "1.6.0");
                json.writeStringField("id", id);
                json.writeStringField("published", published.toString());
                json.writeStringField(
                        "modified",
                        published.plusSeconds(random.nextLong(20_000_000L)).toString());
                json.writeArrayFieldStart("aliases");
                json.writeString("CVE-" + (2018 + random.nextInt(8)) + "-" + (1000 + random.nextInt(60_000)));
                json.writeEndArray();
                json.writeStringField("summary", sentence(random, 6 + random.nextInt(8)));
                json.writeStringField("details", sentence(random, 40 + random.nextInt(180)));
                json.writeArrayFieldStart("severity");
                json.writeStartObject();
                json.writeStringField("type", "CVSS_V3");
                json.writeStringField(
                        "score",
                        "CVSS:3.1/AV:N/AC:" + (random.nextBoolean() ? "L" : "H") + "/PR:N/UI:N/S:U/C:H/I:"
                                + (random.nextBoolean() ? "H" : "N") + "/A:N");
                json.writeEndObject();
                json.writeEndArray();
                json.writeArrayFieldStart("affected");
                int affected = random.nextInt(10) == 0 ? 2 : 1;
                for (int a = 0; a < affected; a++) {
                    affected(json, random, ecosystem, random.nextInt(packages));
                }
                json.writeEndArray();
                json.writeArrayFieldStart("references");
                int refs = 2 + random.nextInt(5);
                for (int r = 0; r < refs; r++) {
                    json.writeStartObject();
                    json.writeStringField("type", r == 0 ? "ADVISORY" : r == 1 ? "PACKAGE" : "WEB");
                    json.writeStringField(
                            "url",
                            "https://example.org/" + token(random) + "/" + token(random) + "/"
                                    + random.nextInt(100_000));
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeObjectFieldStart("database_specific");
                json.writeArrayFieldStart("cwe_ids");
                json.writeString("CWE-" + (20 + random.nextInt(900)));
                json.writeEndArray();
                json.writeStringField("severity", random.nextBoolean() ? "HIGH" : "MODERATE");
                json.writeBooleanField("github_reviewed", true);
                json.writeEndObject();
                json.writeEndObject();
                json.flush();
                out.closeEntry();
            }
        }
    }

    private static void affected(JsonGenerator json, SplittableRandom random, int ecosystem, int pkg)
            throws IOException {
        json.writeStartObject();
        json.writeObjectFieldStart("package");
        json.writeStringField("ecosystem", ECOSYSTEMS[ecosystem]);
        json.writeStringField("name", packageName(ecosystem, pkg));
        json.writeEndObject();
        json.writeArrayFieldStart("ranges");
        int ranges = 1 + random.nextInt(3);
        int major = random.nextInt(5);
        for (int r = 0; r < ranges; r++) {
            json.writeStartObject();
            json.writeStringField("type", ECOSYSTEMS[ecosystem].equals("Go") ? "SEMVER" : "ECOSYSTEM");
            json.writeArrayFieldStart("events");
            json.writeStartObject();
            json.writeStringField("introduced", r == 0 && random.nextBoolean() ? "0" : major + "." + r + ".0");
            json.writeEndObject();
            json.writeStartObject();
            json.writeStringField(
                    EVENTS_FIXED[random.nextInt(EVENTS_FIXED.length)],
                    major + "." + r + "." + (1 + random.nextInt(20)));
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (random.nextInt(3) == 0) {
            json.writeArrayFieldStart("versions");
            int versions = 3 + random.nextInt(40);
            for (int v = 0; v < versions; v++) {
                json.writeString(major + "." + v / 10 + "." + v % 10);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /**
     * Writes {@code count} advisories arriving after a store was generated: about half revise a stored
     * OSV record of one of {@code packages} (same id, new ranges, {@code modified} at {@code now}, so the
     * import replaces it), the rest are new records for those packages. Ids of new records derive from
     * {@code seed} and {@code now}, so each run adds records the store has not seen.
     *
     * @return how many of the written records are revisions
     */
    static int writeUpdates(Path zip, AdvisoryStore store, List<PackageKey> packages, int count, long seed, Instant now)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed ^ now.toEpochMilli());
        JsonFactory factory = new JsonFactory();
        int revisions = 0;
        java.util.Set<String> revised = new java.util.HashSet<>();
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip), 1 << 16))) {
            for (int i = 0; i < count; i++) {
                PackageKey key = packages.get(random.nextInt(packages.size()));
                // The generated Debian records are filed for release 12.
                String ecosystem = key.ecosystem().equals("Debian") ? "Debian:12" : key.ecosystem();
                String id = "GHSA-" + token(random) + "-" + token(random) + "-" + token(random);
                String alias = "CVE-2026-" + (10_000 + random.nextInt(80_000));
                if (random.nextBoolean()) {
                    List<Advisory> stored = store.findCandidates(key);
                    Advisory old = stored.isEmpty() ? null : stored.get(random.nextInt(stored.size()));
                    if (old != null && old.source() == AdvisorySource.OSV && revised.add(old.id())) {
                        id = old.id();
                        alias = old.aliases().isEmpty() ? alias : old.aliases().get(0);
                        ecosystem = old.affected().get(0).ecosystem();
                        revisions++;
                    }
                }
                out.putNextEntry(new ZipEntry("updates/" + id + ".json"));
                JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.writeStartObject();
                json.writeStringField("schema_version", "1.6.0");
                json.writeStringField("id", id);
                json.writeStringField("published", now.toString());
                json.writeStringField("modified", now.toString());
                json.writeArrayFieldStart("aliases");
                json.writeString(alias);
                json.writeEndArray();
                json.writeStringField("summary", sentence(random, 6 + random.nextInt(8)));
                json.writeStringField("details", sentence(random, 40 + random.nextInt(180)));
                json.writeArrayFieldStart("affected");
                json.writeStartObject();
                json.writeObjectFieldStart("package");
                json.writeStringField("ecosystem", ecosystem);
                json.writeStringField("name", key.name());
                json.writeEndObject();
                json.writeArrayFieldStart("ranges");
                int major = random.nextInt(5);
                json.writeStartObject();
                json.writeStringField("type", key.ecosystem().equals("Go") ? "SEMVER" : "ECOSYSTEM");
                json.writeArrayFieldStart("events");
                json.writeStartObject();
                json.writeStringField("introduced", random.nextBoolean() ? "0" : major + ".0.0");
                json.writeEndObject();
                json.writeStartObject();
                json.writeStringField("fixed", major + "." + random.nextInt(3) + "." + (1 + random.nextInt(20)));
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.writeEndArray();
                json.writeEndObject();
                json.flush();
                out.closeEntry();
            }
        }
        return revisions;
    }

    /**
     * Components to look up, as a scan of an SBOM would: a share {@code named} of them are packages the
     * generated advisories name (each such package has about three advisories per ecosystem weight), the
     * rest are not. Real SBOMs are mostly packages without advisories.
     */
    static List<PackageKey> components(int count, int records, long seed, double named) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5bd1e995L);
        int packages = packagesPerEcosystem(records);
        List<PackageKey> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int ecosystem = pickEcosystem(random);
            int pkg = random.nextDouble() < named ? random.nextInt(packages) : packages + random.nextInt(packages);
            keys.add(PackageKey.of(ECOSYSTEMS[ecosystem], packageName(ecosystem, pkg)));
        }
        return keys;
    }

    static String packageName(int ecosystem, int pkg) {
        StringBuilder name = new StringBuilder();
        int n = pkg;
        do {
            name.append(SYLLABLES[n % SYLLABLES.length]);
            n /= SYLLABLES.length;
        } while (n > 0);
        name.append('-').append(pkg % 7);
        return switch (ECOSYSTEMS[ecosystem]) {
            case "Maven" -> "org." + SYLLABLES[pkg % SYLLABLES.length] + ":" + name;
            case "Go" -> "github.com/" + SYLLABLES[pkg % SYLLABLES.length] + "/" + name;
            case "npm" -> pkg % 4 == 0 ? "@" + SYLLABLES[pkg % SYLLABLES.length] + "/" + name : name.toString();
            default -> name.toString();
        };
    }

    private static int pickEcosystem(SplittableRandom random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < WEIGHTS.length; i++) {
            roll -= WEIGHTS[i];
            if (roll < 0) {
                return i;
            }
        }
        return 0;
    }

    private static String token(SplittableRandom random) {
        String alphabet = "23456789cfghjmpqrvwx";
        char[] token = new char[4];
        for (int i = 0; i < 4; i++) {
            token[i] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return new String(token);
    }

    private static String sentence(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.append('.').toString();
    }
}
