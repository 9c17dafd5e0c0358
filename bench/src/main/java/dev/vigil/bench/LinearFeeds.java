package dev.vigil.bench;

import dev.vigil.bench.LinearCase.Prepared;
import dev.vigil.engine.advisory.AdvisoryStore;
import dev.vigil.engine.advisory.ImportSummary;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Inputs for the advisory feed readers (OSV, NVD, KEV, EPSS, CSAF). The readers are reached the way users
 * reach them, through {@link AdvisoryStore#importFrom}, into a fresh store per reading: the time includes
 * writing the store, which must be linear as well.
 */
final class LinearFeeds {
    private LinearFeeds() {}

    static List<LinearCase> cases() {
        return List.of(
                new LinearCase("OSV zip, one entry per record", LinearFeeds::osvZip),
                new LinearCase("OSV record with many affected packages", LinearFeeds::osvWide),
                new LinearCase("NVD CVE API 2.0 page", LinearFeeds::nvd),
                new LinearCase("KEV JSON catalog", LinearFeeds::kev),
                new LinearCase("EPSS CSV", LinearFeeds::epss),
                new LinearCase("CSAF advisory, many products and vulnerabilities", LinearFeeds::csaf));
    }

    private static Prepared imported(Path dir, Path file, long expected, ToLongFunction<ImportSummary> count)
            throws IOException {
        AtomicInteger round = new AtomicInteger();
        return new Prepared(Files.size(file), expected, () -> {
            Path store = dir.resolve("store-" + round.incrementAndGet());
            try {
                return count.applyAsLong(AdvisoryStore.importFrom(store, List.of(file)));
            } finally {
                Trees.delete(store);
            }
        });
    }

    private static String osvRecord(int i, int affected) {
        StringBuilder json = new StringBuilder(512 + 200 * affected);
        json.append("{\"schema_version\":\"1.6.0\",\"id\":\"GHSA-lin-")
                .append(i)
                .append("\",\"modified\":\"2024-05-01T00:00:00Z\",\"published\":\"2024-04-01T00:00:00Z\",")
                .append("\"aliases\":[\"CVE-2024-")
                .append(10000 + i)
                .append("\"],")
                .append("\"summary\":\"Generated advisory for the linear bench\",")
                .append("\"details\":\"A crafted request lets a remote attacker read memory.\",")
                .append(
                        "\"severity\":[{\"type\":\"CVSS_V3\",\"score\":\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N\"}],")
                .append("\"affected\":[");
        for (int a = 0; a < affected; a++) {
            json.append(a == 0 ? "" : ",")
                    .append("{\"package\":{\"ecosystem\":\"npm\",\"name\":\"pkg-")
                    .append(i + a)
                    .append("\"},\"ranges\":[{\"type\":\"SEMVER\",\"events\":[{\"introduced\":\"0\"},{\"fixed\":\"1.")
                    .append(a % 40)
                    .append(".3\"}]}]}");
        }
        return json.append("],\"references\":[{\"type\":\"WEB\",\"url\":\"https://bench.example/")
                .append(i)
                .append("\"}]}")
                .toString();
    }

    private static Prepared osvZip(Path dir, int n) throws IOException {
        Path zip = dir.resolve("osv.zip");
        try (ZipOutputStream out = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(zip)))) {
            for (int i = 0; i < n; i++) {
                out.putNextEntry(new ZipEntry("GHSA-lin-" + i + ".json"));
                out.write(osvRecord(i, 1).getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return imported(dir, zip, n, ImportSummary::imported);
    }

    private static Prepared osvWide(Path dir, int n) throws IOException {
        Path file = Files.writeString(dir.resolve("GHSA-lin-wide.json"), osvRecord(0, n));
        return imported(dir, file, 1, ImportSummary::imported);
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return new BufferedWriter(
                new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file)), StandardCharsets.UTF_8));
    }

    private static Prepared nvd(Path dir, int n) throws IOException {
        Path file = dir.resolve("nvd-page.json");
        try (BufferedWriter out = writer(file)) {
            out.write("{\"resultsPerPage\":" + n + ",\"startIndex\":0,\"totalResults\":" + n
                    + ",\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2024-06-01T00:00:00.000\","
                    + "\"vulnerabilities\":[\n");
            for (int i = 0; i < n; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"cve\":{\"id\":\"CVE-2024-" + (10000 + i)
                        + "\",\"sourceIdentifier\":\"bench@example.org\",\"published\":\"2024-05-31T18:15:13.280\","
                        + "\"lastModified\":\"2024-06-05T15:15:12.620\",\"vulnStatus\":\"Analyzed\","
                        + "\"descriptions\":[{\"lang\":\"en\",\"value\":\"Generated for the linear bench.\"}],"
                        + "\"metrics\":{\"cvssMetricV31\":[{\"source\":\"nvd@nist.gov\",\"type\":\"Primary\","
                        + "\"cvssData\":{\"version\":\"3.1\",\"vectorString\":"
                        + "\"CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H\",\"baseScore\":9.8}}]},"
                        + "\"weaknesses\":[{\"source\":\"nvd@nist.gov\",\"type\":\"Primary\","
                        + "\"description\":[{\"lang\":\"en\",\"value\":\"CWE-787\"}]}],"
                        + "\"configurations\":[{\"nodes\":[{\"operator\":\"OR\",\"negate\":false,\"cpeMatch\":["
                        + "{\"vulnerable\":true,\"criteria\":\"cpe:2.3:a:bench:product-" + i
                        + ":*:*:*:*:*:*:*:*\",\"versionEndExcluding\":\"2." + (i % 9)
                        + ".0\",\"matchCriteriaId\":\"00000000-0000-0000-0000-" + String.format("%012d", i)
                        + "\"}]}]}],"
                        + "\"references\":[{\"url\":\"https://bench.example/" + i + "\",\"source\":\"bench\"}]}}");
            }
            out.write("]}\n");
        }
        return imported(dir, file, n, ImportSummary::imported);
    }

    private static Prepared kev(Path dir, int n) throws IOException {
        Path file = dir.resolve("known_exploited_vulnerabilities.json");
        try (BufferedWriter out = writer(file)) {
            out.write(
                    "{\"title\":\"CISA Catalog of Known Exploited Vulnerabilities\",\"catalogVersion\":\"2025.08.25\","
                            + "\"dateReleased\":\"2025-08-25T17:04:19.9796Z\",\"count\":" + n
                            + ",\"vulnerabilities\":[\n");
            for (int i = 0; i < n; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"cveID\":\"CVE-2024-" + (10000 + i)
                        + "\",\"vendorProject\":\"Bench\",\"product\":\"Product " + i
                        + "\",\"vulnerabilityName\":\"Generated vulnerability\",\"dateAdded\":\"2024-09-13\","
                        + "\"shortDescription\":\"Generated for the linear bench.\",\"requiredAction\":"
                        + "\"Apply mitigations per vendor instructions.\",\"dueDate\":\"2024-10-04\","
                        + "\"knownRansomwareCampaignUse\":\"Unknown\",\"notes\":\"\",\"cwes\":[\"CWE-787\"]}");
            }
            out.write("]}\n");
        }
        return imported(dir, file, n, ImportSummary::kevRead);
    }

    private static Prepared epss(Path dir, int n) throws IOException {
        Path file = dir.resolve("epss_scores.csv");
        try (BufferedWriter out = writer(file)) {
            out.write("#model_version:v2025.03.14,score_date:2025-08-25T00:00:00+0000\ncve,epss,percentile\n");
            for (int i = 0; i < n; i++) {
                out.write("CVE-2024-" + (10000 + i) + ",0." + String.format("%05d", (i * 7919) % 100000) + ",0."
                        + String.format("%05d", (i * 104729) % 100000) + "\n");
            }
        }
        return imported(dir, file, n, ImportSummary::epssRead);
    }

    /** One CSAF document: {@code n} product versions and {@code n} vulnerabilities, each naming one. */
    private static Prepared csaf(Path dir, int n) throws IOException {
        Path file = dir.resolve("bench-csaf.json");
        try (BufferedWriter out = writer(file)) {
            out.write(
                    "{\"document\":{\"category\":\"csaf_security_advisory\",\"csaf_version\":\"2.0\","
                            + "\"distribution\":{\"tlp\":{\"label\":\"WHITE\"}},\"lang\":\"en\","
                            + "\"publisher\":{\"category\":\"vendor\",\"name\":\"Bench\",\"namespace\":\"https://bench.example\"},"
                            + "\"title\":\"Generated advisory\",\"tracking\":{\"current_release_date\":\"2024-03-17T13:03:42Z\","
                            + "\"id\":\"BENCH-2024-0001\",\"initial_release_date\":\"2024-03-17T13:03:42Z\","
                            + "\"revision_history\":[{\"date\":\"2024-03-17T13:03:42Z\",\"number\":\"1\",\"summary\":\"Initial\"}],"
                            + "\"status\":\"final\",\"version\":\"1\"}},\"product_tree\":{\"branches\":[{\"category\":\"vendor\","
                            + "\"name\":\"Bench\",\"branches\":[{\"category\":\"product_name\",\"name\":\"Pump\",\"branches\":[\n");
            for (int i = 0; i < n; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"category\":\"product_version\",\"name\":\"1." + i
                        + "\",\"product\":{\"name\":\"Bench Pump 1." + i + "\",\"product_id\":\"P" + i
                        + "\",\"product_identification_helper\":{\"cpe\":\"cpe:2.3:h:bench:pump:1." + i
                        + ":*:*:*:*:*:*:*\"}}}");
            }
            out.write("]}]}]},\"vulnerabilities\":[\n");
            for (int i = 0; i < n; i++) {
                out.write((i == 0 ? "" : ",\n") + "{\"cve\":\"CVE-2024-" + (10000 + i)
                        + "\",\"notes\":[{\"category\":\"description\",\"text\":\"Generated.\"}],"
                        + "\"product_status\":{\"known_affected\":[\"P" + i + "\"]},"
                        + "\"remediations\":[{\"category\":\"vendor_fix\",\"details\":\"Update.\",\"product_ids\":[\"P"
                        + i + "\"]}]}");
            }
            out.write("]}\n");
        }
        return imported(dir, file, 1, ImportSummary::imported);
    }
}
