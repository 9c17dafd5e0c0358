package dev.vigil.engine.advisory.feed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vigil.engine.advisory.Advisory;
import dev.vigil.engine.advisory.AdvisorySource;
import dev.vigil.engine.advisory.AffectedPackage;
import dev.vigil.engine.advisory.Reference;
import dev.vigil.engine.advisory.Severity;
import dev.vigil.engine.version.InvalidRangeException;
import dev.vigil.engine.version.OsvRange;
import dev.vigil.engine.version.VersionSchemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns one OSV record (JSON or YAML, already a tree) into an {@link Advisory}. */
final class OsvParser {
    private static final List<String> EVENT_KINDS = List.of("introduced", "fixed", "last_affected", "limit");

    private OsvParser() {}

    static Advisory parse(JsonNode osv) throws MalformedRecordException {
        if (!osv.isObject()) {
            throw new MalformedRecordException("an OSV record must be an object");
        }
        String id = Nodes.required(osv, "id", "'id'");
        try {
            var modified = Nodes.instant(osv, "modified");
            if (modified == null) {
                throw new MalformedRecordException("missing 'modified'");
            }
            List<AffectedPackage> affected = new ArrayList<>();
            for (JsonNode entry : Nodes.array(osv, "affected")) {
                affected.add(affected(entry));
            }
            List<Reference> references = new ArrayList<>();
            for (JsonNode ref : Nodes.array(osv, "references")) {
                if (Nodes.text(ref, "url") != null) {
                    references.add(new Reference(Nodes.text(ref, "type"), Nodes.text(ref, "url")));
                }
            }
            List<String> cwes = Nodes.texts(osv.path("database_specific"), "cwe_ids");
            return new Advisory(
                    id,
                    AdvisorySource.OSV,
                    Nodes.texts(osv, "aliases"),
                    Nodes.instant(osv, "published"),
                    modified,
                    Nodes.instant(osv, "withdrawn"),
                    Nodes.text(osv, "summary"),
                    Nodes.text(osv, "details"),
                    severities(osv),
                    affected,
                    List.of(),
                    List.of(),
                    List.of(),
                    references,
                    cwes);
        } catch (MalformedRecordException e) {
            throw new MalformedRecordException(id + ": " + e.getMessage());
        }
    }

    private static AffectedPackage affected(JsonNode entry) throws MalformedRecordException {
        JsonNode pkg = entry.get("package");
        String ecosystem = Nodes.text(pkg, "ecosystem");
        String name = Nodes.text(pkg, "name");
        if (pkg != null && (ecosystem == null || name == null)) {
            throw new MalformedRecordException("affected package without ecosystem or name");
        }
        List<AffectedPackage.Range> ranges = new ArrayList<>();
        for (JsonNode range : Nodes.array(entry, "ranges")) {
            AffectedPackage.Range parsed = range(range);
            checkVersions(ecosystem, parsed);
            ranges.add(parsed);
        }
        return new AffectedPackage(
                ecosystem, name, Nodes.text(pkg, "purl"), ranges, Nodes.texts(entry, "versions"), severities(entry));
    }

    private static AffectedPackage.Range range(JsonNode range) throws MalformedRecordException {
        String type = Nodes.required(range, "type", "range 'type'");
        List<AffectedPackage.Event> events = new ArrayList<>();
        boolean introduced = false;
        for (JsonNode event : Nodes.array(range, "events")) {
            var fields = event.properties().iterator();
            if (!fields.hasNext()) {
                throw new MalformedRecordException("empty range event");
            }
            Map.Entry<String, JsonNode> field = fields.next();
            if (!EVENT_KINDS.contains(field.getKey()) || !field.getValue().isValueNode()) {
                throw new MalformedRecordException("unknown range event '" + field.getKey() + "'");
            }
            introduced |= field.getKey().equals("introduced");
            events.add(
                    new AffectedPackage.Event(field.getKey(), field.getValue().asText()));
        }
        // A range without a start cannot be evaluated; guessing "from 0" would invent affected versions.
        if (!introduced) {
            throw new MalformedRecordException(type + " range without an 'introduced' event");
        }
        return new AffectedPackage.Range(type, Nodes.text(range, "repo"), events);
    }

    /**
     * A range whose versions its ecosystem cannot read is refused here, so one bad record is listed at
     * import instead of being stored and met at every scan. Ranges Vigil cannot order at all (GIT, an
     * ecosystem without an ordering) stay: their explicit version lists still match.
     */
    private static void checkVersions(String ecosystem, AffectedPackage.Range range) throws MalformedRecordException {
        if (!"SEMVER".equals(range.type()) && !"ECOSYSTEM".equals(range.type())) {
            return;
        }
        if ("ECOSYSTEM".equals(range.type())
                && VersionSchemes.forEcosystem(ecosystem).isEmpty()) {
            return;
        }
        try {
            List<OsvRange.Event> events = new ArrayList<>();
            for (AffectedPackage.Event e : range.events()) {
                events.add(new OsvRange.Event(OsvRange.Kind.ofField(e.kind()), e.version()));
            }
            OsvRange.of(range.type(), ecosystem, events);
        } catch (InvalidRangeException e) {
            throw new MalformedRecordException(range.type() + " range: " + e.getMessage());
        }
    }

    private static List<Severity> severities(JsonNode node) throws MalformedRecordException {
        List<Severity> severities = new ArrayList<>();
        for (JsonNode severity : Nodes.array(node, "severity")) {
            String score = Nodes.text(severity, "score");
            if (score != null) {
                severities.add(new Severity(Nodes.text(severity, "type"), score, null, null));
            }
        }
        return severities;
    }
}
