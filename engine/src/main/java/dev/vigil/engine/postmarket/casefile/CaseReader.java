package dev.vigil.engine.postmarket.casefile;

import dev.vigil.engine.source.Diagnostic;
import dev.vigil.engine.source.Node;
import dev.vigil.engine.source.Node.ScalarNode;
import dev.vigil.engine.source.SourceException;
import dev.vigil.engine.source.SourceReader;
import dev.vigil.engine.source.SourceResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a case file (YAML or JSON) through the same located reader as models, so every problem is reported
 * as {@code file:line:column: message}; all problems of a file are reported in one run.
 */
public final class CaseReader {

    static final List<String> ROOT_KEYS = CaseKeys.ROOT;
    static final List<String> VULNERABILITY_KEYS = CaseKeys.VULNERABILITY;
    static final List<String> REMEDIATION_KEYS = List.of("category", "details", "date", "url");
    static final List<String> INCIDENT_KEYS = CaseKeys.INCIDENT;
    static final List<String> REPORT_KEYS = List.of("rule", "filed", "reference");

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}");
    private static final Pattern CWE = Pattern.compile("CWE-[1-9]\\d*");

    private final SourceReader reader = new SourceReader();

    /** Reads the case in {@code file} from the file system. */
    public CaseFile read(Path file) {
        return read(file, SourceResolver.fileSystem());
    }

    /** Reads the case named {@code name} through {@code sources}. */
    public CaseFile read(Path name, SourceResolver sources) {
        Node root;
        try {
            root = reader.read(name, sources);
        } catch (SourceException e) {
            throw new InvalidCaseException(List.of(e.diagnostic()));
        }
        return bind(name, root);
    }

    /** Reads case text the caller holds (a form, a database row); {@code name} places the diagnostics. */
    public CaseFile parse(Path name, String text) {
        Node root;
        try {
            root = reader.parse(name, text);
        } catch (SourceException e) {
            throw new InvalidCaseException(List.of(e.diagnostic()));
        }
        return bind(name, root);
    }

    private static CaseFile bind(Path file, Node root) {
        List<Diagnostic> out = new ArrayList<>();
        CaseFields f = CaseFields.of(root, "the case", out);
        f.allowOnly(ROOT_KEYS);
        Optional<Node> format = f.node("vigil-case");
        if (format.isEmpty()) {
            f.problem(f.location(), "not a Vigil case file: it must start with 'vigil-case: 1'");
        } else if (!(format.get() instanceof ScalarNode s && s.text().strip().equals("1"))) {
            f.problem(
                    format.get().location(),
                    "'vigil-case' must be 1 (the case format version), not "
                            + format.get().describe());
        }
        String id = id(f, "id");
        String title = f.text("title");
        String product = f.text("product");
        Optional<LocalDate> aware = f.date("aware", true);
        CaseFile.Source source = source(f);
        List<CaseVulnerability> vulnerabilities = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node item : f.list("vulnerabilities", true)) {
            CaseVulnerability v = vulnerability(CaseFields.of(item, "a vulnerability", out));
            if (!v.id().isEmpty() && !ids.add(v.id())) {
                out.add(CaseFields.error(v.at(), "vulnerability id '" + v.id() + "' is used twice"));
            }
            vulnerabilities.add(v);
        }
        Incident incident = f.node("incident")
                .map(n -> incident(CaseFields.of(n, "'incident'", out)))
                .orElse(Incident.NONE);
        Milestones milestones = f.node("milestones")
                .map(n -> milestones(CaseFields.of(n, "'milestones'", out)))
                .orElse(new Milestones(Map.of(), List.of()));
        Optional<Integer> disclosureDays = f.positiveInt("disclosureDays");
        Optional<Boolean> nis2 = f.optionalBool("nis2");
        if (!out.isEmpty()) {
            throw new InvalidCaseException(out);
        }
        return new CaseFile(
                file,
                id,
                title,
                product,
                f.at("product"),
                aware.orElseThrow(),
                source,
                vulnerabilities,
                incident,
                milestones,
                disclosureDays,
                nis2);
    }

    private static String id(CaseFields f, String key) {
        String id = f.text(key);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            f.problem(f.at(key), "'" + key + "' must be letters, digits, '.', '_' or '-', not '" + id + "'");
        }
        return id;
    }

    private static CaseFile.Source source(CaseFields f) {
        String text = f.text("source");
        for (CaseFile.Source s : CaseFile.Source.values()) {
            if (s.wire().equals(text)) {
                return s;
            }
        }
        if (!text.isEmpty()) {
            f.problem(
                    f.at("source"),
                    "'source' must be one of " + words(CaseFile.Source.values()) + ", not '" + text + "'");
        }
        return CaseFile.Source.INTERNAL;
    }

    private static CaseVulnerability vulnerability(CaseFields f) {
        f.allowOnly(VULNERABILITY_KEYS);
        String id = id(f, "id");
        Optional<String> cve = pattern(f, "cve", CVE, "CVE-2026-12345");
        Optional<String> cwe = pattern(f, "cwe", CWE, "CWE-306");
        String title = f.text("title");
        Optional<String> description = f.optionalText("description");
        List<ScalarNode> elements = f.texts("elements", true);
        Optional<String> cvss = f.optionalText("cvss");
        cvss.ifPresent(v -> checkVector(f, v));
        String affected = f.text("affected");
        Optional<String> fixed = f.optionalText("fixed");
        boolean exploited = f.bool("exploited");
        boolean adverse = f.bool("adverseEvents");
        List<Remediation> remediations = new ArrayList<>();
        for (Node n : f.list("remediations", false)) {
            remediations.add(remediation(CaseFields.of(n, "a remediation", f.out())));
        }
        return new CaseVulnerability(
                id,
                f.at("id"),
                cve,
                cwe,
                title,
                description,
                elements.stream().map(s -> s.text().strip()).toList(),
                elements.stream().map(ScalarNode::location).toList(),
                cvss,
                affected,
                fixed,
                exploited,
                adverse,
                remediations);
    }

    /** A stated vector must be a valid CVSS v3.x base vector: the risk decision reads its metrics. */
    private static void checkVector(CaseFields f, String vector) {
        if (!vector.startsWith("CVSS:3.0/") && !vector.startsWith("CVSS:3.1/")) {
            f.problem(
                    f.at("cvss"), "'cvss' must be a CVSS v3.0 or v3.1 vector (CVSS:3.1/AV:...), not '" + vector + "'");
            return;
        }
        try {
            dev.vigil.engine.cvss.Cvss.score(vector);
        } catch (dev.vigil.engine.cvss.InvalidCvssVectorException e) {
            f.problem(f.at("cvss"), "'cvss' is not a valid vector: " + e.getMessage());
        }
    }

    private static Optional<String> pattern(CaseFields f, String key, Pattern pattern, String example) {
        Optional<String> value = f.optionalText(key);
        if (value.isPresent() && !pattern.matcher(value.get()).matches()) {
            f.problem(f.at(key), "'" + key + "' must look like " + example + ", not '" + value.get() + "'");
            return Optional.empty();
        }
        return value;
    }

    private static Remediation remediation(CaseFields f) {
        f.allowOnly(REMEDIATION_KEYS);
        String text = f.text("category");
        Remediation.Category category = Remediation.Category.MITIGATION;
        Optional<Remediation.Category> found = Arrays.stream(Remediation.Category.values())
                .filter(c -> c.wire().equals(text))
                .findFirst();
        if (found.isPresent()) {
            category = found.get();
        } else if (!text.isEmpty()) {
            f.problem(
                    f.at("category"),
                    "'category' must be one of " + words(Remediation.Category.values()) + ", not '" + text + "'");
        }
        return new Remediation(category, f.text("details"), f.date("date", false), f.optionalText("url"));
    }

    private static Incident incident(CaseFields f) {
        f.allowOnly(INCIDENT_KEYS);
        return new Incident(
                f.bool("death"),
                f.bool("seriousDeterioration"),
                f.bool("publicHealthThreat"),
                f.bool("remedialAction"),
                f.bool("significant"));
    }

    private static Milestones milestones(CaseFields f) {
        Map<Milestones.Step, LocalDate> dates = new EnumMap<>(Milestones.Step.class);
        List<Milestones.FiledReport> reports = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        Arrays.stream(Milestones.Step.values()).forEach(s -> valid.add(s.wire()));
        valid.add("reports");
        f.allowOnly(valid);
        for (Node.Entry e : f.entries()) {
            Optional<Milestones.Step> step = Milestones.Step.of(e.key());
            if (step.isPresent()) {
                CaseFields.dateOf(e.key(), e.value(), f.out()).ifPresent(d -> dates.put(step.get(), d));
            }
        }
        for (Node n : f.list("reports", false)) {
            CaseFields r = CaseFields.of(n, "a filed report", f.out());
            r.allowOnly(REPORT_KEYS);
            String rule = r.text("rule");
            Optional<LocalDate> filed = r.date("filed", true);
            Optional<String> reference = r.optionalText("reference");
            if (!rule.isEmpty() && filed.isPresent()) {
                reports.add(new Milestones.FiledReport(rule, r.at("rule"), filed.get(), reference));
            }
        }
        return new Milestones(dates, reports);
    }

    private static String words(Enum<?>[] values) {
        return String.join(
                ", ",
                Arrays.stream(values)
                        .map(v -> v.name().toLowerCase(Locale.ROOT))
                        .toList());
    }
}
