package dev.vigil.engine.sbom;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What SPDX 2.2/2.3 means, shared by the JSON and the tag-value reader: packages are the components
 * (files and snippets are not); DEPENDS_ON, CONTAINS, the linking relations and their reverse forms make
 * the dependency graph; DESCRIBES names the subject. The readers stream the document and hand over one
 * package or relationship at a time, so memory grows with the result, never with the document.
 *
 * <p>Relationships may come before the packages they name, so they are kept (three strings each) and
 * resolved at the end, when every package id is known.
 */
final class SpdxMapping {
    /** "A DEPENDS_ON B": A depends on B. */
    private static final Set<String> FORWARD =
            Set.of("DEPENDS_ON", "CONTAINS", "STATIC_LINK", "DYNAMIC_LINK", "HAS_PREREQUISITE");
    /** "A DEPENDENCY_OF B": B depends on A. */
    private static final Set<String> REVERSE = Set.of(
            "DEPENDENCY_OF",
            "CONTAINED_BY",
            "BUILD_DEPENDENCY_OF",
            "DEV_DEPENDENCY_OF",
            "OPTIONAL_DEPENDENCY_OF",
            "PROVIDED_DEPENDENCY_OF",
            "TEST_DEPENDENCY_OF",
            "RUNTIME_DEPENDENCY_OF",
            "PREREQUISITE_FOR");

    private record Relationship(String from, String type, String to) {}

    private final SbomInput input;
    private final SbomBuilder builder = new SbomBuilder();
    private final Set<String> packageIds = new HashSet<>();
    private final List<Relationship> relationships = new ArrayList<>();
    private final List<String> described = new ArrayList<>();
    private final List<String> tools = new ArrayList<>();
    private final List<String> authors = new ArrayList<>();
    String documentId = "SPDXRef-DOCUMENT";
    String name;
    String namespace;
    String created;

    SpdxMapping(SbomInput input) {
        this.input = input;
    }

    /** One package, complete: it becomes a component now. */
    void add(SpdxPackageDraft pkg) {
        if (pkg.draft.ref == null || pkg.draft.ref.isBlank()) {
            throw new SbomException(
                    input.file(),
                    "not valid " + input.format() + ": package "
                            + (pkg.draft.name == null ? "" : "\"" + pkg.draft.name + "\" ") + "has no SPDXID");
        }
        packageIds.add(pkg.draft.ref);
        pkg.build(builder).forEach(builder::add);
    }

    void relationship(String from, String type, String to) {
        if (from == null || type == null || to == null) {
            return;
        }
        String kind = type.strip().toUpperCase(Locale.ROOT);
        if (kind.equals("DESCRIBES") && from.equals(documentId)) {
            described.add(to);
        } else if (FORWARD.contains(kind) || REVERSE.contains(kind)) {
            relationships.add(new Relationship(from, kind, to));
        }
    }

    /** An id in the document's {@code documentDescribes} (JSON). */
    void describes(String id) {
        if (id != null) {
            described.add(id);
        }
    }

    /** One {@code Creator:} line: a tool, or a person or organisation who authored the document. */
    void creator(String creator) {
        if (creator == null) {
            return;
        }
        String who = creator.strip();
        if (who.startsWith("Tool:")) {
            tools.add(who.substring(5).strip());
        } else if (!who.isEmpty()) {
            authors.add(party(who));
        }
    }

    Sbom build() {
        for (Relationship r : relationships) {
            if (packageIds.contains(r.from()) && packageIds.contains(r.to())) {
                if (FORWARD.contains(r.type())) {
                    builder.dependsOn(r.from(), List.of(r.to()));
                } else {
                    builder.dependsOn(r.to(), List.of(r.from()));
                }
            }
        }
        String subjectRef =
                described.stream().filter(packageIds::contains).findFirst().orElse(null);
        return builder.build(new SbomMetadata(
                input.format(),
                input.specVersion().substring("SPDX-".length()),
                namespace,
                name,
                subjectRef,
                builder.timestamp(created),
                tools,
                authors));
    }

    /** "Organization: ACME (mail)" becomes "ACME (mail)"; NOASSERTION and blank are nobody. */
    static String party(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.isEmpty() || text.equals("NOASSERTION")) {
            return null;
        }
        for (String prefix : List.of("Organization:", "Person:", "Tool:")) {
            if (text.startsWith(prefix)) {
                return text.substring(prefix.length()).strip();
            }
        }
        return text;
    }
}
