package dev.vigil.engine.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.catalog.Catalog;
import dev.vigil.engine.catalog.Evidence;
import dev.vigil.engine.catalog.Requirement;
import dev.vigil.engine.catalog.VocabularyTerm;
import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.threat.RuleMetadata;
import dev.vigil.engine.threat.ThreatEngine;
import dev.vigil.engine.threat.rules.Fact;
import dev.vigil.engine.threat.rules.Hit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Issue 10's "no met from an unrelated fact", generated from the catalog: for every requirement that
 * declares evidence, a model that states every fact the whole catalog asks for, and this requirement's own
 * facts, meets it; the same model with any one of its facts taken away (removed, or set to the value the
 * term rules out) does not. Every other fact of the catalog is present in that model, so no requirement can
 * be met from facts unrelated to it. The models are written from the evidence terms themselves (and the
 * vocabulary's types), so a new requirement is covered without a hand-written case, and a term naming a key
 * the model format lacks makes its model fail to load.
 */
class RequirementByRequirementTest {
    private static final Catalog CATALOG = Catalog.load();
    private static final LocalDate ON = LocalDate.of(2026, 12, 4);
    private static final String RECENT = ON.minusDays(30).toString();

    @TempDir
    Path dir;

    static Stream<Requirement> requirements() {
        return CATALOG.requirements().stream()
                .filter(r -> r.needs().isEmpty() && !r.evidence().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requirements")
    void metWithItsOwnFactsAndNotMetWithoutAnyOfThem(Requirement r) {
        Map<String, Object> full = everything(r);
        r.evidence().forEach(t -> have(full, t));
        SystemModel model = load(full)
                .orElseThrow(() -> new AssertionError(r.id() + ": the model with its facts "
                        + "does not load; does a term name a key the model format lacks?\n" + diagnostics));
        ComplianceRow met = judge(model, r);
        boolean satisfiable = r.evidence().stream().allMatch(RequirementByRequirementTest::satisfiable);
        assertThat(met.status())
                .as("%s with every fact it asks for: %s", r.id(), met.reason())
                .isEqualTo(satisfiable ? ComplianceStatus.MET : ComplianceStatus.PARTIAL);

        int lackable = 0;
        List<String> unloadable = new ArrayList<>();
        for (Evidence term : r.evidence()) {
            Map<String, Object> without = copy(full);
            if (!lack(without, term)) {
                continue;
            }
            Optional<SystemModel> lacking = load(without);
            if (lacking.isEmpty()) {
                unloadable.add(term.term() + ": " + diagnostics);
                continue; // the fact is required by the format: every loadable model states it
            }
            lackable++;
            ComplianceRow row = judge(lacking.get(), r);
            assertThat(row.status())
                    .as("%s without %s: %s", r.id(), term.term(), row.reason())
                    .isNotEqualTo(ComplianceStatus.MET);
        }
        assertThat(lackable)
                .as("%s can be met by any loadable model: none of its terms can be absent %s", r.id(), unloadable)
                .isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requirements")
    void aValueOutsideItsLimitsDoesNotMeetIt(Requirement r) {
        for (Evidence term : r.evidence()) {
            if (term instanceof Evidence.Lifecycle l && l.limits().max().isPresent()) {
                Map<String, Object> full = everything(r);
                r.evidence().forEach(t -> have(full, t));
                setLifecycle(full, l.key(), l.limits().max().getAsInt() + 1);
                ComplianceRow row = judge(load(full).orElseThrow(), r);
                assertThat(row.status())
                        .as("%s with %s over its maximum", r.id(), l.key())
                        .isNotEqualTo(ComplianceStatus.MET);
            }
        }
    }

    // ---- judging -------------------------------------------------------------------------------

    /**
     * Judged with one open finding that blocks no requirement: a tracking list is needed only when findings
     * are open, so without one a model lacking tracking would hold that term for a reason unrelated to it.
     */
    private ComplianceRow judge(SystemModel model, Requirement r) {
        OpenFindings findings = new OpenFindings(model, List.of(UNRELATED_OPEN_FINDING));
        EvidenceCheck check =
                new EvidenceCheck(model, CATALOG, ON, EvidenceFiles.unchecked(model), List.of(), findings);
        return Compliance.judge(model, r, check, findings);
    }

    private static final ThreatEngine.Detection UNRELATED_OPEN_FINDING = new ThreatEngine.Detection(
            new RuleMetadata(
                    "unrelated",
                    "A rule no requirement is blocked by",
                    RuleMetadata.Category.DEVICE,
                    RuleMetadata.Scope.BOTH,
                    List.of("tampering"),
                    List.of("CWE-1"),
                    List.of(),
                    "no-principle",
                    "no-control",
                    List.of("no-theme"),
                    List.of("Fix it."),
                    "Because."),
            Hit.weakness("unrelated-element", "Weak.", Fact.component("unrelated-element", "x", "y")));

    /** Terms that can hold: the SBOM quality levels need SBOM contents this version does not read. */
    private static boolean satisfiable(Evidence term) {
        if (term instanceof Evidence.AnyOf any) {
            return any.options().stream().anyMatch(RequirementByRequirementTest::satisfiable);
        }
        return !(term instanceof Evidence.Sbom s) || s.quality().equals("present");
    }

    private String diagnostics = "";

    private Optional<SystemModel> load(Map<String, Object> model) {
        try {
            Path file = dir.resolve("model.yaml");
            Files.writeString(file, new Yaml().dump(model));
            Files.writeString(dir.resolve("bom.cdx.json"), "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\"}");
            LoadResult result = new ModelLoader().load(file);
            diagnostics = result.diagnostics().toString();
            return result.isValid() ? Optional.of(result.orThrow()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the model with every fact of the catalog ----------------------------------------------

    /** A model in the requirement's scope that states every fact every requirement of the catalog asks for. */
    private static Map<String, Object> everything(Requirement r) {
        boolean site = !r.applicability().kinds().contains("product");
        Map<String, Object> system = map("id", "sys", "name", "System", "kind", site ? "site" : "product");
        // every market, so market-specific frameworks (UK, Japan; NIS2 for sites) apply too
        system.put("markets", new ArrayList<>(List.of("us", "eu", "ca", "au", "fr", "uk", "jp")));
        if (!site) {
            system.put("cyberDevice", true);
            system.put("ivd", r.applicability().ivd().orElse(false));
            String pathway = r.applicability().pathways().getOrDefault("us", java.util.Set.of("510k")).stream()
                    .sorted()
                    .findFirst()
                    .orElse("510k");
            system.put("pathways", map("us", pathway));
            // a requirement that selects by device class gets the first class it lists in each of its markets
            if (!r.applicability().classes().isEmpty()) {
                Map<String, Object> classes = new java.util.LinkedHashMap<>();
                r.applicability()
                        .classes()
                        .forEach((market, listed) -> classes.put(
                                market, listed.stream().sorted().findFirst().orElseThrow()));
                system.put("classes", classes);
            }
        }
        Map<String, Object> model = map("vigil", 1, "system", system);
        model.put("hazards", list(map("id", "h1", "name", "Hazard", "harm", "Harm", "severity", "serious")));
        model.put(
                "zones",
                list(
                        map("id", "z", "type", "hospital-network", "trust", "medium"),
                        map("id", "z2", "type", "internet", "trust", "untrusted")));
        model.put("conduits", list(map("id", "c1", "between", list("z", "z2"))));
        Map<String, Object> dev = map("id", "dev", "kind", "device", "zone", "z", "owner", "manufacturer");
        dev.put("software", map("os", "rtos"));
        dev.put("interfaces", list(map("id", "if1", "type", "usb", "enabledInField", false)));
        dev.put("accounts", list(map("role", "service", "authentication", "password")));
        dev.put("capabilities", new LinkedHashMap<>());
        Map<String, Object> srv = map("id", "srv", "kind", "service", "zone", "z2", "owner", "manufacturer");
        // a requirement selecting by regulatory status (the CRA) needs a part with that status to apply
        r.applicability().regulatoryStatus().stream()
                .sorted()
                .findFirst()
                .ifPresent(s -> srv.put("regulatoryStatus", s));
        model.put("components", list(dev, srv));
        model.put(
                "data",
                list(map("id", "d1", "category", "phi", "confidentiality", 3, "integrity", 3, "availability", 3)));
        model.put("flows", list(map("id", "f1", "from", "srv", "to", "dev", "data", list("d1"))));
        model.put("users", list(map("id", "u1", "kind", "clinician")));
        model.put("secrets", list(map("id", "s1", "type", "code-signing", "storedIn", "srv", "protection", "file")));
        model.put("updates", list(map("id", "up1", "target", "dev", "path", list("f1"), "verifiedOn", "device")));
        model.put("useCases", list(map("id", "uc1", "name", "Use", "flows", list("f1"))));
        model.put("production", list(map("id", "p1", "name", "Program", "station", "srv", "injects", list())));
        model.put("lifecycle", new LinkedHashMap<>());
        for (Requirement other : CATALOG.requirements()) {
            other.evidence().forEach(t -> have(model, t));
        }
        return model;
    }

    // ---- having a term -------------------------------------------------------------------------

    private static void have(Map<String, Object> model, Evidence term) {
        if (term instanceof Evidence.AnyOf any) {
            have(model, any.options().get(0));
        } else if (term instanceof Evidence.Lifecycle l) {
            setLifecycle(model, l.key(), lifecycleValue(l));
        } else if (term instanceof Evidence.Control c) {
            listOf(model, "controls")
                    .add(map(
                            "id",
                            "ctl-" + c.category(),
                            "name",
                            "Control",
                            "category",
                            c.category(),
                            "appliesTo",
                            list("dev")));
            dedupe(model, "controls");
        } else if (term instanceof Evidence.Test t) {
            listOf(model, "tests")
                    .add(map(
                            "id",
                            "test-" + t.testKind(),
                            "kind",
                            t.testKind(),
                            "independent",
                            t.independent().orElse(true),
                            "date",
                            RECENT,
                            "result",
                            "pass"));
            dedupe(model, "tests");
        } else if (term instanceof Evidence.Document d) {
            listOf(model, "documents")
                    .add(map(
                            "id",
                            "doc-" + d.documentKind(),
                            "title",
                            "Document",
                            "kind",
                            d.documentKind(),
                            "date",
                            RECENT));
            dedupe(model, "documents");
        } else if (term instanceof Evidence.Isao) {
            setLifecycle(model, "monitoring.isao", map("name", "H-ISAC", "memberSince", RECENT));
        } else if (term instanceof Evidence.Sbom) {
            components(model).forEach(c -> c.put("sbom", "bom.cdx.json"));
        } else if (term instanceof Evidence.View v) {
            haveView(model, v.view());
        } else if (term instanceof Evidence.ModelFact m) {
            haveFact(model, m);
        }
    }

    private static void haveView(Map<String, Object> model, String view) {
        if (view.equals("multi-patient-harm")) {
            components(model).forEach(c -> child(c, "safety").put("multiPatient", false));
        }
        // the other views are drawn from sections the base model already has
    }

    private static void haveFact(Map<String, Object> model, Evidence.ModelFact m) {
        VocabularyTerm vocab =
                CATALOG.evidenceVocabulary().find("model", m.path()).orElseThrow();
        String[] steps = m.path().split("\\.");
        if (!m.path().contains("[]")) {
            Map<String, Object> owner = model;
            for (int i = 0; i < steps.length - 1; i++) {
                owner = child(owner, steps[i]);
            }
            String key = steps[steps.length - 1];
            if (vocab.type().equals("section")) {
                if (!(owner.get(key) instanceof List<?> l) || l.isEmpty()) {
                    owner.put(key, sectionEntry(m.path()));
                }
            } else {
                owner.put(key, value(m, vocab));
            }
            return;
        }
        for (Map<String, Object> owner : owners(model, steps)) {
            Object value = value(m, vocab);
            if (m.path().endsWith("forwardedTo")) {
                // each component forwards to the other one (never to itself)
                value = components(model).stream()
                        .filter(c -> !c.containsValue(owner.get("id")) || c.get("logging") != owner)
                        .map(c -> c.get("id"))
                        .filter(id -> components(model).stream()
                                .noneMatch(c ->
                                        c.get("logging") == owner && c.get("id").equals(id)))
                        .findFirst()
                        .orElseThrow();
            }
            owner.put(steps[steps.length - 1], value);
        }
    }

    /** A valid first entry of a section the base model leaves empty. */
    private static Object sectionEntry(String path) {
        return switch (path) {
            case "controls" -> list(
                    map("id", "ctl", "name", "C", "category", "authentication", "appliesTo", list("dev")));
            case "tracking" -> list(map("finding", "missing-sbom@dev", "status", "mitigated"));
            case "assumptions" -> list(map("id", "a1", "text", "Assumed."));
            case "system.essentialFunctions" -> list(map("id", "ef1", "name", "Therapy", "hazards", list("h1")));
            case "system.environments" -> list("hospital");
            default -> throw new AssertionError("no entry known for section " + path);
        };
    }

    /** A value that satisfies the term, from its operator, limits and the vocabulary's type. */
    private static Object value(Evidence.ModelFact m, VocabularyTerm vocab) {
        String type = vocab.type();
        if (m.operator() == Evidence.Operator.EQUALS) {
            return typed(type, m.value());
        }
        return switch (type) {
            case "boolean" -> m.operator() == Evidence.Operator.NOT_EQUALS ? !Boolean.parseBoolean(m.value()) : true;
            case "enum" -> {
                List<String> values = vocab.values();
                for (int i = values.size() - 1; i >= 0; i--) {
                    if (!values.get(i).equals(m.value()) && !values.get(i).equals("none")) {
                        yield values.get(i);
                    }
                }
                throw new AssertionError("no value satisfies " + m.term());
            }
            case "integer" -> m.limits().min().orElse(m.limits().max().orElse(2));
            case "date" -> RECENT;
            case "reference" -> m.path().startsWith("updates") ? "s1" : "srv";
            case "section" -> m.path().endsWith("guards") ? list("firewall") : list("login");
            default -> "stated";
        };
    }

    private static Object typed(String type, String value) {
        return type.equals("boolean") ? Boolean.parseBoolean(value) : value;
    }

    private static Object lifecycleValue(Evidence.Lifecycle l) {
        String type = CATALOG.evidenceVocabulary()
                .find("lifecycle", l.key())
                .map(VocabularyTerm::type)
                .orElseThrow();
        return switch (type) {
            case "boolean" -> true;
            case "date" -> RECENT;
            case "integer" -> l.limits().max().orElse(l.limits().min().orElse(30));
            default -> "https://example.com/evidence";
        };
    }

    // ---- lacking a term ------------------------------------------------------------------------

    /** Takes the term's fact away; false when the term names nothing that can be taken away. */
    private static boolean lack(Map<String, Object> model, Evidence term) {
        if (term instanceof Evidence.AnyOf anyOf) {
            boolean any = false;
            for (Evidence o : anyOf.options()) {
                any |= lack(model, o);
            }
            return any;
        }
        if (term instanceof Evidence.Lifecycle l) {
            return removeLifecycle(model, l.key());
        }
        if (term instanceof Evidence.Isao) {
            return removeLifecycle(model, "monitoring.isao");
        }
        if (term instanceof Evidence.Control c) {
            return listOf(model, "controls").removeIf(x -> c.category().equals(((Map<?, ?>) x).get("category")));
        }
        if (term instanceof Evidence.Test t) {
            return listOf(model, "tests").removeIf(x -> t.testKind().equals(((Map<?, ?>) x).get("kind")));
        }
        if (term instanceof Evidence.Document d) {
            return listOf(model, "documents").removeIf(x -> d.documentKind().equals(((Map<?, ?>) x).get("kind")));
        }
        if (term instanceof Evidence.Sbom) {
            components(model).forEach(c -> c.remove("sbom"));
            return true;
        }
        if (term instanceof Evidence.View v) {
            return lackView(model, v.view());
        }
        return lackFact(model, (Evidence.ModelFact) term);
    }

    private static boolean lackView(Map<String, Object> model, String view) {
        switch (view) {
            case "data-flow", "global-system" -> emptySection(model, "flows");
            case "zone-conduit" -> model.put("conduits", list());
            case "updatability" -> model.put("updates", list());
            case "security-use-case" -> model.put("useCases", list());
            case "multi-patient-harm" -> components(model)
                    .forEach(c -> child(c, "safety").remove("multiPatient"));
            default -> throw new AssertionError("unknown view " + view);
        }
        return true;
    }

    private static boolean lackFact(Map<String, Object> model, Evidence.ModelFact m) {
        VocabularyTerm vocab =
                CATALOG.evidenceVocabulary().find("model", m.path()).orElseThrow();
        String[] steps = m.path().split("\\.");
        if (!m.path().contains("[]")) {
            if (vocab.type().equals("section")) {
                emptySection(model, m.path());
            } else {
                Map<String, Object> owner = model;
                for (int i = 0; i < steps.length - 1; i++) {
                    owner = child(owner, steps[i]);
                }
                owner.remove(steps[steps.length - 1]);
            }
            return true;
        }
        String key = steps[steps.length - 1];
        for (Map<String, Object> owner : owners(model, steps)) {
            // a value the term rules out; for a required field the format keeps, the loader says so later
            switch (m.operator()) {
                case NOT_EQUALS -> owner.put(key, typed(vocab.type(), m.value()));
                default -> owner.remove(key);
            }
        }
        return true;
    }

    /** Empties a section and what refers to it, so the model still loads. */
    private static void emptySection(Map<String, Object> model, String path) {
        switch (path) {
            case "flows" -> {
                model.put("flows", list());
                model.put("updates", list());
                model.put("useCases", list());
            }
            case "data" -> {
                model.put("data", list());
                listOf(model, "flows").forEach(f -> ((Map<String, Object>) f).remove("data"));
            }
            case "hazards" -> {
                model.put("hazards", list());
                listOf(child(model, "system"), "essentialFunctions")
                        .forEach(e -> ((Map<String, Object>) e).remove("hazards"));
            }
            case "secrets" -> {
                model.put("secrets", list());
                listOf(model, "updates").forEach(u -> ((Map<String, Object>) u).remove("signedWith"));
            }
            case "system.essentialFunctions" -> child(model, "system").remove("essentialFunctions");
            case "system.environments" -> child(model, "system").remove("environments");
            default -> model.put(path, list());
        }
    }

    // ---- map helpers ---------------------------------------------------------------------------

    private static void setLifecycle(Map<String, Object> model, String key, Object value) {
        String[] parts = key.split("\\.");
        Map<String, Object> owner = child(model, "lifecycle");
        for (int i = 0; i < parts.length - 1; i++) {
            if (!(owner.get(parts[i]) instanceof Map)) {
                owner.put(parts[i], new LinkedHashMap<>());
            }
            owner = child(owner, parts[i]);
        }
        owner.put(parts[parts.length - 1], value);
    }

    private static boolean removeLifecycle(Map<String, Object> model, String key) {
        String[] parts = key.split("\\.");
        Object owner = model.get("lifecycle");
        for (int i = 0; i < parts.length - 1 && owner instanceof Map<?, ?> m; i++) {
            owner = m.get(parts[i]);
        }
        if (owner instanceof Map<?, ?> m) {
            m.remove(parts[parts.length - 1]);
        }
        return true;
    }

    /** The maps a {@code a[].b[].c} path's last step belongs to, creating sub-objects (hardening, ...) on the way. */
    private static List<Map<String, Object>> owners(Map<String, Object> model, String[] steps) {
        List<Map<String, Object>> owners = List.of(model);
        for (int i = 0; i < steps.length - 1; i++) {
            String step = steps[i];
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> o : owners) {
                if (step.endsWith("[]")) {
                    listOf(o, step.substring(0, step.length() - 2)).forEach(e -> next.add((Map<String, Object>) e));
                } else if (!step.equals("capabilities") || o.containsKey("capabilities")) {
                    next.add(child(o, step));
                }
            }
            owners = next;
        }
        return owners;
    }

    private static List<Map<String, Object>> components(Map<String, Object> model) {
        List<Map<String, Object>> out = new ArrayList<>();
        listOf(model, "components").forEach(c -> out.add((Map<String, Object>) c));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> owner, String key) {
        return (Map<String, Object>) owner.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Map<String, Object> owner, String key) {
        return (List<Object>) owner.computeIfAbsent(key, k -> new ArrayList<>());
    }

    /** Keeps the first entry per id. */
    private static void dedupe(Map<String, Object> model, String section) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        listOf(model, section).removeIf(e -> !seen.add(((Map<?, ?>) e).get("id")));
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    private static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> model) {
        Yaml yaml = new Yaml();
        return (Map<String, Object>) yaml.load(yaml.dump(model));
    }
}
