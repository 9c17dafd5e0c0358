package dev.vigil.engine.catalog;

import static dev.vigil.engine.load.Shapes.bool;
import static dev.vigil.engine.load.Shapes.id;
import static dev.vigil.engine.load.Shapes.integer;
import static dev.vigil.engine.load.Shapes.list;
import static dev.vigil.engine.load.Shapes.mapOf;
import static dev.vigil.engine.load.Shapes.object;
import static dev.vigil.engine.load.Shapes.oneOf;
import static dev.vigil.engine.load.Shapes.opt;
import static dev.vigil.engine.load.Shapes.ref;
import static dev.vigil.engine.load.Shapes.refs;
import static dev.vigil.engine.load.Shapes.req;
import static dev.vigil.engine.load.Shapes.text;

import dev.vigil.engine.load.Shape;
import dev.vigil.engine.load.Shape.Field;
import dev.vigil.engine.load.Shape.ObjectShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the catalog files, declared once: {@link CatalogReader} checks every file against them (so
 * authoring errors come with their line and column) and the JSON Schemas under {@code schema/} are generated
 * from them. Cross-file rules (vocabulary terms, citations, applicability values) stay in {@link CatalogCheck}.
 */
final class CatalogFormat {

    static final List<String> TYPES = List.of("boolean", "date", "integer", "text", "reference", "section", "enum");
    static final List<String> DETAIL_KEYS = List.of("threats", "recommendations", "referenceStandards", "items");

    /** The kinds an evidence item may start with, and the parameters each accepts after it. */
    static final Map<String, List<String>> EVIDENCE_PARAMETERS = Map.of(
            "lifecycle", List.of("min", "max", "maxAgeDays"),
            "model", List.of("min", "max", "maxAgeDays"),
            "control", List.of(),
            "sbom", List.of(),
            "view", List.of(),
            "test", List.of("independent", "maxAgeDays"),
            "document", List.of("maxAgeDays"),
            "isao", List.of(),
            "anyOf", List.of());

    /** The evidence kinds in the order messages list them. */
    static final List<String> EVIDENCE_KINDS =
            List.of("lifecycle", "model", "control", "sbom", "view", "test", "document", "isao", "anyOf");

    static final ObjectShape INDEX = object(
            "catalog index",
            null,
            "The catalog index (catalog/catalog.yaml): the catalog's edition and the files it is made of",
            req("catalog", oneOf(List.of("1")), "The catalog file format, always 1"),
            req("version", text(), "The catalog's edition, a date; bump it whenever a file changes meaning"),
            req("themes", text(), "The file of crosswalk themes"),
            req("phases", text(), "The file of lifecycle phases"),
            req("evidence", text(), "The file of the evidence vocabulary"),
            req("isaos", text(), "The file of known ISAOs"),
            req("frameworks", list(text()), "The framework files, in the order reports show them"));

    static final ObjectShape THEMES = object(
            "theme file",
            null,
            "The crosswalk themes (catalog/themes.yaml)",
            req(
                    "themes",
                    list(object(
                            "theme",
                            "theme",
                            "One subject several frameworks ask about",
                            id(),
                            req("title", text(), "Title"),
                            req("summary", text(), "What the theme covers, in Vigil's words"))),
                    "The themes"));

    static final ObjectShape PHASES = object(
            "phase file",
            null,
            "The lifecycle phases (catalog/phases.yaml)",
            req(
                    "phases",
                    list(object(
                            "phase",
                            "phase",
                            "One lifecycle phase",
                            id(),
                            req("title", text(), "Title"),
                            req("lifecycleKey", text(), "The section of the model's 'lifecycle' evidence"),
                            req("summary", text(), "What happens in the phase"),
                            opt("mappedStages", list(text()), "The stages of other frameworks that fall in it"))),
                    "The phases"));

    static final ObjectShape ISAOS = object(
            "ISAO file",
            null,
            "Information sharing and analysis organizations (catalog/isaos.yaml)",
            req(
                    "isaos",
                    list(object(
                            "isao",
                            "isao",
                            "One organization",
                            id(),
                            req("name", text(), "Its name"),
                            opt("aliases", list(text()), "Other names a model may use"),
                            req("url", text(), "The public source"))),
                    "The organizations"));

    static final ObjectShape EVIDENCE = evidenceVocabulary();

    private static final ObjectShape APPLICABILITY = object(
            "applicability",
            null,
            "Which systems the framework or requirement applies to; a requirement's inherits what it leaves out",
            opt("kinds", list(oneOf(CatalogCheck.KINDS.stream().sorted().toList())), "product and/or site"),
            opt("markets", list(oneOf(CatalogCheck.MARKETS.stream().sorted().toList())), "Markets"),
            opt("cyberDeviceOnly", bool(), "Only for cyber devices (FD&C Act 524B)"),
            opt("ivd", bool(), "Only for (or never for) in vitro diagnostic devices"),
            opt("classes", mapOf("market", list(text())), "Per market, the device classes it applies to"),
            opt("pathways", mapOf("market", list(text())), "Per market, the pathways it applies to"),
            opt(
                    "regulatoryStatus",
                    list(oneOf(java.util.Arrays.stream(dev.vigil.engine.model.RegulatoryStatus.values())
                            .map(dev.vigil.engine.model.RegulatoryStatus::wire)
                            .toList())),
                    "Regulatory statuses (model format values) the system or one of its components must have"));

    static final ObjectShape FRAMEWORK = object(
            "framework",
            "framework",
            "One regulatory framework (catalog/frameworks/*.yaml) and its requirements",
            id(),
            req("title", text(), "Title"),
            req("issuer", text(), "Who issued it"),
            req("version", text(), "The edition encoded"),
            req("document", text(), "The document's title"),
            req("documentId", text(), "The document's identifier"),
            opt("url", text(), "Where it is published"),
            opt("applicability", APPLICABILITY, "Which systems it applies to"),
            opt("verified", bool(), "True only when checked against the official text"),
            opt("note", text(), "What is unchecked; needed when not verified"),
            req("requirements", list(requirement()), "The requirements"));

    private CatalogFormat() {}

    /** Every file kind with its schema file name, for the schema generator and its test. */
    static Map<String, ObjectShape> schemas() {
        return Map.of(
                "index", INDEX,
                "themes", THEMES,
                "phases", PHASES,
                "isaos", ISAOS,
                "evidence", EVIDENCE,
                "framework", FRAMEWORK);
    }

    private static ObjectShape evidenceVocabulary() {
        ObjectShape term = object(
                "term",
                null,
                "One term and what it means",
                req("meaning", text(), "What the term means for compliance"),
                opt("type", oneOf(TYPES), "For lifecycle and model terms: the type of the value"),
                opt("values", list(text()), "The values of an enum term"),
                opt("fromSites", bool(), "A site that builds the product can supply it"));
        List<Field> kinds = new ArrayList<>();
        for (String kind : EvidenceVocabulary.KINDS) {
            kinds.add(opt(kind, mapOf(kind + " term", term), "The " + kind + " terms"));
        }
        return object(
                "evidence vocabulary",
                null,
                "The closed vocabulary of evidence declarations (catalog/evidence.yaml)",
                kinds.toArray(Field[]::new));
    }

    private static ObjectShape requirement() {
        return object(
                "requirement",
                "requirement",
                "One requirement of the framework, in Vigil's words with its citation",
                id(),
                opt("section", text(), "The source's own section number (the citation)"),
                req("title", text(), "Title"),
                req("summary", text(), "What it asks, in Vigil's words"),
                opt("applicability", APPLICABILITY, "Narrows the framework's applicability"),
                req("phase", ref("phase"), "The lifecycle phase"),
                opt("themes", refs("theme"), "The crosswalk themes it maps to"),
                req("verified", bool(), "True only when checked against the official text"),
                opt("note", text(), "What is unchecked; needed when not verified"),
                opt("details", details(), "Threats, recommendations, standards or items it lists"),
                opt("evidence", list(evidenceItem(true)), "What satisfies it"),
                opt("blockedBy", list(findingSelector()), "Open findings that keep it from being met"),
                opt("refersTo", refs("requirement"), "Related catalog requirements"),
                opt("needs", text(), "What it needs that the model format cannot state"));
    }

    private static ObjectShape details() {
        return object(
                "details",
                null,
                "Lists the requirement names",
                DETAIL_KEYS.stream().map(k -> opt(k, list(text()), k)).toArray(Field[]::new));
    }

    /** One item: its kind as the key naming a term, followed by that kind's parameters. */
    private static ObjectShape evidenceItem(boolean top) {
        List<Field> fields = new ArrayList<>();
        for (String kind : EVIDENCE_KINDS) {
            if (kind.equals("anyOf")) {
                if (top) {
                    fields.add(opt(kind, list(evidenceItem(false)), "Any one of at least two items"));
                }
            } else {
                fields.add(opt(kind, text(), "A " + kind + " term of the evidence vocabulary"));
            }
        }
        Shape count = integer(0, Integer.MAX_VALUE);
        fields.add(opt("min", count, "The least value of an integer term"));
        fields.add(opt("max", count, "The greatest value of an integer term"));
        fields.add(opt("maxAgeDays", count, "The greatest age in days of a date, test or document"));
        fields.add(opt("independent", bool(), "The test must have been done by independent testers"));
        return object(
                top ? "evidence item" : "anyOf option",
                null,
                "One piece of evidence: its kind names a term",
                fields.toArray(Field[]::new));
    }

    private static ObjectShape findingSelector() {
        return object(
                "finding selector",
                null,
                "Open findings with this tag block the requirement",
                opt("theme", ref("theme"), "A crosswalk theme"),
                opt("fdaControl", text(), "An FDA control category"),
                opt("dittaPrinciple", text(), "A DITTA principle"));
    }
}
