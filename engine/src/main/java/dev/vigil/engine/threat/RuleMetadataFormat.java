package dev.vigil.engine.threat;

import static dev.vigil.engine.load.Shapes.enumOf;
import static dev.vigil.engine.load.Shapes.list;
import static dev.vigil.engine.load.Shapes.object;
import static dev.vigil.engine.load.Shapes.oneOf;
import static dev.vigil.engine.load.Shapes.opt;
import static dev.vigil.engine.load.Shapes.req;
import static dev.vigil.engine.load.Shapes.text;

import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.model.Control;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The shape of a rule's metadata file ({@code rules/<rule-id>.yaml}), declared once: {@link RuleBook} checks
 * every file against it and {@code schema/vigil-rule-metadata.schema.json} is generated from it.
 */
final class RuleMetadataFormat {

    static final ObjectShape RULE = object(
            "rule metadata",
            null,
            "A threat rule's metadata: what it finds, how it maps to STRIDE, CWE, CAPEC, DITTA and FDA, and how to"
                    + " mitigate it",
            req("id", text(), "The rule's id; the same as the file name"),
            req("title", text(), "What the rule finds, in a few words"),
            req("category", words(RuleMetadata.Category.values()), "The rule family"),
            req("scope", words(RuleMetadata.Scope.values()), "The kind of system the rule looks at"),
            req("stride", list(oneOf(sorted(RuleBook.STRIDE))), "STRIDE categories"),
            req("cwe", list(text()), "CWE ids (CWE-<number>)"),
            opt("capec", list(text()), "CAPEC ids (CAPEC-<number>)"),
            req("dittaPrinciple", oneOf(sorted(RuleBook.DITTA)), "The DITTA principle"),
            req("fdaControlCategory", enumOf(Control.Category.class), "The FDA control category"),
            req("themes", list(text()), "Catalog themes"),
            req("mitigations", list(text()), "What to do about a finding"),
            req("rationale", text(), "Why it matters, with public cases"),
            opt(
                    "processSeverity",
                    oneOf(sorted(RuleMetadata.PROCESS_SEVERITIES)),
                    "The severity of a process finding (one without an attack path)"));

    private RuleMetadataFormat() {}

    private static dev.vigil.engine.load.Shape words(Enum<?>[] values) {
        return oneOf(Arrays.stream(values)
                .map(v -> v.name().toLowerCase(Locale.ROOT))
                .toList());
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
