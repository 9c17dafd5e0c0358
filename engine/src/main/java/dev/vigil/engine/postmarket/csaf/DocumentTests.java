package dev.vigil.engine.postmarket.csaf;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.cvss.Cvss;
import dev.vigil.engine.cvss.CvssScore;
import dev.vigil.engine.cvss.InvalidCvssVectorException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CSAF 2.0 mandatory tests on the document, its revision history and its profile: 6.1.9 (CVSS v3 base score
 * and severity, CVSS v2 base and temporal score), 6.1.14, 6.1.16, 6.1.17, 6.1.18, 6.1.20, 6.1.21, 6.1.22, 6.1.23, 6.1.24, 6.1.25, 6.1.27.4
 * to 6.1.27.11.
 */
final class DocumentTests {
    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z.-]+))?(?:\\+([0-9A-Za-z.-]+))?");
    private static final Pattern INTEGER = Pattern.compile("0|[1-9]\\d*");

    private DocumentTests() {}

    /** A document version, integer or semantic. */
    record Version(String text, long major, long minor, long patch, String pre) implements Comparable<Version> {
        static Version parse(String text) {
            if (text == null) {
                return null;
            }
            if (INTEGER.matcher(text).matches()) {
                return new Version(text, Long.parseLong(text), 0, 0, "");
            }
            Matcher m = SEMVER.matcher(text);
            if (m.matches()) {
                return new Version(
                        text,
                        Long.parseLong(m.group(1)),
                        Long.parseLong(m.group(2)),
                        Long.parseLong(m.group(3)),
                        m.group(4) == null ? "" : m.group(4));
            }
            return null;
        }

        boolean preRelease() {
            return !pre.isEmpty();
        }

        /** Without build metadata, and without the pre-release part when {@code dropPre}. */
        String core(boolean dropPre) {
            if (INTEGER.matcher(text).matches()) {
                return text;
            }
            String c = major + "." + minor + "." + patch;
            return dropPre || pre.isEmpty() ? c : c + "-" + pre;
        }

        @Override
        public int compareTo(Version o) {
            int c = Comparator.comparingLong(Version::major)
                    .thenComparingLong(Version::minor)
                    .thenComparingLong(Version::patch)
                    .compare(this, o);
            if (c != 0 || pre.equals(o.pre)) {
                return c;
            }
            if (pre.isEmpty()) {
                return 1;
            }
            if (o.pre.isEmpty()) {
                return -1;
            }
            return pre.compareTo(o.pre);
        }
    }

    private record Revision(String date, Version number, String path) {}

    static void run(JsonNode doc, List<CsafProblem> out) {
        JsonNode document = doc.get("document");
        if (document != null) {
            revisions(document, out);
        }
        Set<String> cves = new HashSet<>();
        Doc.each(doc.get("vulnerabilities"), "/vulnerabilities", (v, p) -> {
            String cve = Doc.text(v, "cve");
            if (cve != null && !cves.add(cve)) {
                out.add(new CsafProblem("6.1.23", p + "/cve", cve + " is used by more than one vulnerability"));
            }
            Set<String> involvements = new HashSet<>();
            Doc.each(v.get("involvements"), p + "/involvements", (i, ip) -> {
                if (!involvements.add(Doc.text(i, "party") + "|" + Doc.text(i, "date"))) {
                    out.add(new CsafProblem("6.1.24", ip, "the same party and date are given twice"));
                }
            });
            Doc.each(v.get("scores"), p + "/scores", (s, sp) -> {
                cvss(s.get("cvss_v3"), sp + "/cvss_v3", out);
                cvssV2(s.get("cvss_v2"), sp + "/cvss_v2", out);
            });
        });
        hashes(doc, "", out);
        ProfileTests.run(doc, out);
    }

    /** 6.1.9 for CVSS v3: the stated base score and severity are what the vector computes to. */
    private static void cvss(JsonNode v3, String path, List<CsafProblem> out) {
        String vector = Doc.text(v3, "vectorString");
        if (vector == null) {
            return;
        }
        CvssScore score;
        try {
            score = Cvss.score(vector);
        } catch (InvalidCvssVectorException e) {
            return; // the schema's pattern reports a malformed vector
        }
        JsonNode base = v3.get("baseScore");
        if (base != null && base.isNumber() && Math.abs(base.asDouble() - score.baseScore()) > 1e-9) {
            out.add(new CsafProblem(
                    "6.1.9",
                    path + "/baseScore",
                    "the vector computes to " + score.baseScore() + ", not " + base.asText()));
        }
        String severity = Doc.text(v3, "baseSeverity");
        String computed = score.baseSeverity().name();
        if (severity != null && !severity.equals(computed)) {
            out.add(new CsafProblem(
                    "6.1.9",
                    path + "/baseSeverity",
                    "the vector's base severity is " + computed + ", not " + severity));
        }
    }

    /** 6.1.9 for CVSS v2: the stated base and temporal scores are what the vector computes to. */
    private static void cvssV2(JsonNode v2, String path, List<CsafProblem> out) {
        String vector = Doc.text(v2, "vectorString");
        if (vector == null) {
            return;
        }
        Optional<CvssV2Scores.Scores> scores = CvssV2Scores.of(vector);
        if (scores.isEmpty()) {
            return; // the schema's pattern reports a malformed vector
        }
        JsonNode base = v2.get("baseScore");
        if (base != null
                && base.isNumber()
                && Math.abs(base.asDouble() - scores.get().base()) > 1e-9) {
            out.add(new CsafProblem(
                    "6.1.9",
                    path + "/baseScore",
                    "the vector computes to " + scores.get().base() + ", not " + base.asText()));
        }
        JsonNode temporal = v2.get("temporalScore");
        if (temporal != null && temporal.isNumber()) {
            double computed = scores.get().temporal().orElse(scores.get().base());
            if (Math.abs(temporal.asDouble() - computed) > 1e-9) {
                out.add(new CsafProblem(
                        "6.1.9",
                        path + "/temporalScore",
                        "the vector computes to a temporal score of " + computed + ", not " + temporal.asText()));
            }
        }
    }

    /** 6.1.25: one hash per algorithm in each file_hashes list, wherever product identification helpers are. */
    private static void hashes(JsonNode node, String path, List<CsafProblem> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String p = path + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (e.getKey().equals("file_hashes") && e.getValue().isArray()) {
                    Set<String> algorithms = new HashSet<>();
                    Doc.each(e.getValue(), p, (h, hp) -> {
                        String a = Doc.text(h, "algorithm");
                        if (a != null && !algorithms.add(a)) {
                            out.add(new CsafProblem(
                                    "6.1.25",
                                    hp + "/algorithm",
                                    "hash algorithm " + a + " is used more than once for the same file"));
                        }
                    });
                } else {
                    hashes(e.getValue(), p, out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                hashes(node.get(i), path + "/" + i, out);
            }
        }
    }

    private static void revisions(JsonNode document, List<CsafProblem> out) {
        JsonNode tracking = document.get("tracking");
        if (tracking == null) {
            return;
        }
        String status = Doc.text(tracking, "status");
        boolean released = "final".equals(status) || "interim".equals(status);
        Version version = Version.parse(Doc.text(tracking, "version"));
        List<Revision> history = new ArrayList<>();
        Doc.each(tracking.get("revision_history"), "/document/tracking/revision_history", (r, p) -> {
            Version n = Version.parse(Doc.text(r, "number"));
            String date = Doc.text(r, "date");
            if (n != null && date != null) {
                history.add(new Revision(date, n, p));
            }
        });
        if (version != null) {
            if (!"draft".equals(status) && (version.major() == 0 || version.preRelease())) {
                out.add(new CsafProblem(
                        "6.1.17",
                        "/document/tracking/status",
                        "version " + version.text() + " is a draft version, but the status is " + status));
            }
            if (released && version.preRelease()) {
                out.add(new CsafProblem(
                        "6.1.20",
                        "/document/tracking/version",
                        "a " + status + " document has no pre-release version"));
            }
        }
        Set<String> numbers = new HashSet<>();
        for (Revision r : history) {
            if (!numbers.add(r.number().core(false) + (r.number().text().contains("+") ? "" : ""))) {
                out.add(new CsafProblem(
                        "6.1.22",
                        r.path() + "/number",
                        "revision number " + r.number().text() + " is given more than once"));
            }
            if (released && r.number().major() == 0) {
                out.add(new CsafProblem(
                        "6.1.18",
                        r.path() + "/number",
                        "a " + status + " document has no revision numbered "
                                + r.number().text()));
            }
        }
        List<Revision> byDate = new ArrayList<>(history);
        byDate.sort(Comparator.comparing((Revision r) -> instant(r.date())).thenComparing(Revision::number));
        for (int i = 1; i < byDate.size(); i++) {
            if (byDate.get(i).number().compareTo(byDate.get(i - 1).number()) < 0) {
                out.add(new CsafProblem(
                        "6.1.14",
                        byDate.get(i).path(),
                        "revision " + byDate.get(i).number().text() + " is dated after revision "
                                + byDate.get(i - 1).number().text()));
            }
        }
        missingVersions(history, out);
        if (!byDate.isEmpty()) {
            Version latest = byDate.get(byDate.size() - 1).number();
            boolean draft = "draft".equals(status);
            if (version != null && !latest.core(draft).equals(version.core(draft))) {
                out.add(new CsafProblem(
                        "6.1.16",
                        "/document/tracking/version",
                        "the version is " + version.text() + " but the latest revision is " + latest.text()));
            }
        }
    }

    /**
     * 6.1.21: the distinct major numbers in date order (ties keep the document's order, as the BSI library does)
     * start at 0 or 1 and leave none out.
     */
    private static void missingVersions(List<Revision> history, List<CsafProblem> out) {
        List<Revision> byDate = new ArrayList<>(history);
        byDate.sort(Comparator.comparing((Revision r) -> instant(r.date())));
        List<Long> majors =
                byDate.stream().map(r -> r.number().major()).distinct().toList();
        if (majors.isEmpty()) {
            return;
        }
        String path = "/document/tracking/revision_history";
        if (majors.get(0) > 1) {
            out.add(new CsafProblem(
                    "6.1.21",
                    path,
                    "sorted by date, the revision history starts at " + majors.get(0) + ", not 0 or 1"));
        }
        for (int i = 0; i < majors.size(); i++) {
            long expected = majors.get(0) + i;
            if (majors.get(i) > expected) {
                out.add(new CsafProblem("6.1.21", path, "version " + expected + " is missing"));
            }
        }
    }

    /** Dates as instants for ordering; CSAF dates carry their offset. */
    private static java.time.Instant instant(String date) {
        try {
            return java.time.OffsetDateTime.parse(date).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.Instant.parse(date.toUpperCase(Locale.ROOT));
            } catch (java.time.format.DateTimeParseException e2) {
                return java.time.Instant.EPOCH;
            }
        }
    }
}
