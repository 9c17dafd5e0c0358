package dev.vigil.engine.advisory.store;

import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.AffectedPackage;
import dev.vigil.engine.advisory.CpeConfiguration;
import dev.vigil.engine.advisory.CsafProduct;
import dev.vigil.engine.advisory.CsafVulnerability;
import dev.vigil.engine.advisory.Reference;
import dev.vigil.engine.advisory.Severity;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of an {@link Advisory} in the store: field by field in record order, strings as
 * varint length + UTF-8, lists as varint count + items, no field names. A scan decodes thousands of
 * candidates; this form decodes several times faster than JSON through a data-binding library and is
 * about half its size. Bump {@link #FORMAT} when a field is added, and keep decoding old formats.
 */
final class AdvisoryBinary {
    static final int FORMAT = 1;

    private AdvisoryBinary() {}

    static byte[] encode(Advisory a) {
        RecordBytes.Out out = new RecordBytes.Out();
        out.varint(FORMAT);
        out.string(a.id());
        out.varint(a.source().ordinal());
        out.strings(a.aliases());
        out.instant(a.published());
        out.instant(a.modified());
        out.instant(a.withdrawn());
        out.string(a.summary());
        out.string(a.details());
        severities(out, a.severities());
        out.varint(a.affected().size());
        for (AffectedPackage p : a.affected()) {
            out.string(p.ecosystem());
            out.string(p.name());
            out.string(p.purl());
            out.varint(p.ranges().size());
            for (AffectedPackage.Range r : p.ranges()) {
                out.string(r.type());
                out.string(r.repo());
                out.varint(r.events().size());
                for (AffectedPackage.Event e : r.events()) {
                    out.string(e.kind());
                    out.string(e.version());
                }
            }
            out.strings(p.versions());
            severities(out, p.severities());
        }
        out.varint(a.cpeConfigurations().size());
        for (CpeConfiguration c : a.cpeConfigurations()) {
            out.string(c.operator());
            out.bool(c.negate());
            out.varint(c.nodes().size());
            for (CpeConfiguration.Node n : c.nodes()) {
                out.string(n.operator());
                out.bool(n.negate());
                out.varint(n.matches().size());
                for (CpeConfiguration.Criterion m : n.matches()) {
                    out.string(m.criteria());
                    out.bool(m.vulnerable());
                    out.string(m.versionStartIncluding());
                    out.string(m.versionStartExcluding());
                    out.string(m.versionEndIncluding());
                    out.string(m.versionEndExcluding());
                    out.string(m.matchCriteriaId());
                }
            }
        }
        out.varint(a.csafProducts().size());
        for (CsafProduct p : a.csafProducts()) {
            out.string(p.productId());
            out.string(p.vendor());
            out.string(p.productName());
            out.string(p.family());
            out.string(p.version());
            out.string(p.versionRange());
            out.string(p.fullName());
            out.string(p.relatesTo());
            out.strings(p.identifiers().cpes());
            out.strings(p.identifiers().purls());
            out.strings(p.identifiers().modelNumbers());
            out.strings(p.identifiers().skus());
            out.strings(p.identifiers().serialNumbers());
        }
        out.varint(a.csafVulnerabilities().size());
        for (CsafVulnerability v : a.csafVulnerabilities()) {
            out.string(v.cve());
            out.strings(v.ids());
            out.string(v.title());
            out.strings(v.cwes());
            out.varint(v.productStatus().size());
            for (var status : new java.util.TreeMap<>(v.productStatus()).entrySet()) {
                out.string(status.getKey());
                out.strings(status.getValue());
            }
            out.varint(v.scores().size());
            for (CsafVulnerability.Score s : v.scores()) {
                severities(out, List.of(s.severity()));
                out.strings(s.productIds());
            }
            out.varint(v.remediations().size());
            for (CsafVulnerability.Remediation r : v.remediations()) {
                out.string(r.category());
                out.string(r.details());
                out.string(r.url());
                out.strings(r.productIds());
            }
        }
        out.varint(a.references().size());
        for (Reference r : a.references()) {
            out.string(r.type());
            out.string(r.url());
        }
        out.strings(a.cwes());
        return out.bytes();
    }

    private static void severities(RecordBytes.Out out, List<Severity> severities) {
        out.varint(severities.size());
        for (Severity s : severities) {
            out.string(s.type());
            out.string(s.vector());
            out.bool(s.baseScore() != null);
            if (s.baseScore() != null) {
                out.fixed64(Double.doubleToLongBits(s.baseScore()));
            }
            out.string(s.origin());
        }
    }

    static Advisory decode(byte[] bytes) throws IOException {
        return decode(bytes, 0);
    }

    /** Decodes the record that starts at {@code offset} and runs to the end of {@code bytes}. */
    static Advisory decode(byte[] bytes, int offset) throws IOException {
        RecordBytes.In in = new RecordBytes.In(bytes, offset);
        try {
            int format = in.varint();
            if (format != FORMAT) {
                throw new IOException("record format " + format + " is newer than this Vigil (" + FORMAT + ")");
            }
            String id = in.string();
            AdvisorySource source = AdvisorySource.values()[in.varint()];
            List<String> aliases = in.strings();
            Instant published = in.instant();
            Instant modified = in.instant();
            Instant withdrawn = in.instant();
            String summary = in.string();
            String details = in.string();
            List<Severity> severities = severities(in);
            int affectedCount = in.count();
            List<AffectedPackage> affected = new ArrayList<>(affectedCount);
            for (int i = 0; i < affectedCount; i++) {
                String ecosystem = in.string();
                String name = in.string();
                String purl = in.string();
                int rangeCount = in.count();
                List<AffectedPackage.Range> ranges = new ArrayList<>(rangeCount);
                for (int r = 0; r < rangeCount; r++) {
                    String type = in.string();
                    String repo = in.string();
                    int eventCount = in.count();
                    List<AffectedPackage.Event> events = new ArrayList<>(eventCount);
                    for (int e = 0; e < eventCount; e++) {
                        events.add(new AffectedPackage.Event(in.string(), in.string()));
                    }
                    ranges.add(new AffectedPackage.Range(type, repo, events));
                }
                affected.add(new AffectedPackage(ecosystem, name, purl, ranges, in.strings(), severities(in)));
            }
            int configurationCount = in.count();
            List<CpeConfiguration> configurations = new ArrayList<>(configurationCount);
            for (int c = 0; c < configurationCount; c++) {
                String operator = in.string();
                boolean negate = in.bool();
                int nodeCount = in.count();
                List<CpeConfiguration.Node> nodes = new ArrayList<>(nodeCount);
                for (int n = 0; n < nodeCount; n++) {
                    String nodeOperator = in.string();
                    boolean nodeNegate = in.bool();
                    int matchCount = in.count();
                    List<CpeConfiguration.Criterion> matches = new ArrayList<>(matchCount);
                    for (int m = 0; m < matchCount; m++) {
                        matches.add(new CpeConfiguration.Criterion(
                                in.string(),
                                in.bool(),
                                in.string(),
                                in.string(),
                                in.string(),
                                in.string(),
                                in.string()));
                    }
                    nodes.add(new CpeConfiguration.Node(nodeOperator, nodeNegate, matches));
                }
                configurations.add(new CpeConfiguration(operator, negate, nodes));
            }
            int productCount = in.count();
            List<CsafProduct> products = new ArrayList<>(productCount);
            for (int p = 0; p < productCount; p++) {
                products.add(new CsafProduct(
                        in.string(),
                        in.string(),
                        in.string(),
                        in.string(),
                        in.string(),
                        in.string(),
                        in.string(),
                        in.string(),
                        new CsafProduct.Identifiers(
                                in.strings(), in.strings(), in.strings(), in.strings(), in.strings())));
            }
            int vulnerabilityCount = in.count();
            List<CsafVulnerability> vulnerabilities = new ArrayList<>(vulnerabilityCount);
            for (int v = 0; v < vulnerabilityCount; v++) {
                String cve = in.string();
                List<String> ids = in.strings();
                String title = in.string();
                List<String> cwes = in.strings();
                int statusCount = in.count();
                Map<String, List<String>> status = new LinkedHashMap<>();
                for (int s = 0; s < statusCount; s++) {
                    status.put(in.string(), in.strings());
                }
                int scoreCount = in.count();
                List<CsafVulnerability.Score> scores = new ArrayList<>(scoreCount);
                for (int s = 0; s < scoreCount; s++) {
                    scores.add(new CsafVulnerability.Score(severities(in).get(0), in.strings()));
                }
                int remediationCount = in.count();
                List<CsafVulnerability.Remediation> remediations = new ArrayList<>(remediationCount);
                for (int r = 0; r < remediationCount; r++) {
                    remediations.add(
                            new CsafVulnerability.Remediation(in.string(), in.string(), in.string(), in.strings()));
                }
                vulnerabilities.add(new CsafVulnerability(cve, ids, title, cwes, status, scores, remediations));
            }
            int referenceCount = in.count();
            List<Reference> references = new ArrayList<>(referenceCount);
            for (int r = 0; r < referenceCount; r++) {
                references.add(new Reference(in.string(), in.string()));
            }
            List<String> cwes = in.strings();
            return new Advisory(
                    id,
                    source,
                    aliases,
                    published,
                    modified,
                    withdrawn,
                    summary,
                    details,
                    severities,
                    affected,
                    configurations,
                    products,
                    vulnerabilities,
                    references,
                    cwes);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IOException("corrupt record: " + e.getMessage(), e);
        }
    }

    private static List<Severity> severities(RecordBytes.In in) {
        int count = in.count();
        List<Severity> severities = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String type = in.string();
            String vector = in.string();
            Double score = in.bool() ? Double.longBitsToDouble(in.fixed64()) : null;
            severities.add(new Severity(type, vector, score, in.string()));
        }
        return severities;
    }
}
