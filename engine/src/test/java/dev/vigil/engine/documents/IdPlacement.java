package dev.vigil.engine.documents;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.model.Update;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where each id of the model must be named: the one table the document tests check, per section of the
 * sets (keys of {@code documents/sets.yaml}), the kinds of id that section names, every one of them.
 *
 * <p>Decided from the FDA premarket guidance's documentation list (the risk report's threat model covers
 * the whole system, its update infrastructure and keys included, V.A.1 and the updatability view of
 * V.B.2; the risk assessment rates every finding, V.A.2; the SBOM covers every component, V.A.4; the
 * requirements and the traceability matrix tie controls, findings and tests together, V.B.1 and V.C;
 * the management plan names the update process, VI.B; the labeling lists every interface, VI.A) and the
 * issue's list of what each document holds. Since the table is per section, a section reused by the EU,
 * Health Canada, TGA, customer or site documents is held to the same rule there.
 */
public final class IdPlacement {

    /** The kinds of id a document names. */
    public enum Kind {
        COMPONENT,
        INTERFACE,
        ZONE,
        DATA,
        FLOW,
        SECRET,
        /** A secret an update is signed with. */
        UPDATE_KEY,
        UPDATE,
        HAZARD,
        CONTROL,
        FINDING,
        TEST
    }

    /** Per section key, the kinds of id the section must name, each id of that kind in the model. */
    static final Map<String, Set<Kind>> WHERE = Map.ofEntries(
            // FDA SRMR threat model (and the EU technical documentation, the site assessment)
            Map.entry(
                    "threat-model",
                    EnumSet.of(
                            Kind.COMPONENT,
                            Kind.INTERFACE,
                            Kind.ZONE,
                            Kind.DATA,
                            Kind.FLOW,
                            Kind.SECRET,
                            Kind.UPDATE_KEY,
                            Kind.UPDATE)),
            Map.entry("hazards", EnumSet.of(Kind.HAZARD)),
            Map.entry("risk-assessment", EnumSet.of(Kind.FINDING)),
            Map.entry("residual-risk", EnumSet.of(Kind.FINDING, Kind.CONTROL)),
            Map.entry("sbom", EnumSet.of(Kind.COMPONENT)),
            Map.entry("requirements", EnumSet.of(Kind.CONTROL, Kind.FINDING)),
            Map.entry("tests", EnumSet.of(Kind.TEST)),
            Map.entry("traceability", EnumSet.of(Kind.HAZARD, Kind.CONTROL, Kind.FINDING, Kind.TEST)),
            Map.entry("management-plan", EnumSet.of(Kind.UPDATE, Kind.UPDATE_KEY)),
            // labeling, EU information for users, customer documentation
            Map.entry("ports-protocols", EnumSet.of(Kind.INTERFACE)),
            Map.entry("updates", EnumSet.of(Kind.UPDATE, Kind.UPDATE_KEY)),
            Map.entry("shared-responsibility", EnumSet.of(Kind.COMPONENT)));

    /**
     * The FDA documents that must name each kind (through the sections above): what a reviewer of the
     * submission looks for where. A test derives the same from sets.yaml and {@link #WHERE}, so a section
     * taken out of a document, or a kind taken out of a section, is caught.
     */
    static final Map<Kind, Set<String>> FDA = Map.ofEntries(
            Map.entry(Kind.COMPONENT, Set.of("srmr", "sbom", "labeling")),
            Map.entry(Kind.INTERFACE, Set.of("srmr", "labeling")),
            Map.entry(Kind.ZONE, Set.of("srmr")),
            Map.entry(Kind.DATA, Set.of("srmr")),
            Map.entry(Kind.FLOW, Set.of("srmr")),
            Map.entry(Kind.SECRET, Set.of("srmr")),
            Map.entry(Kind.UPDATE_KEY, Set.of("srmr", "cmp", "labeling")),
            Map.entry(Kind.UPDATE, Set.of("srmr", "cmp", "labeling")),
            Map.entry(Kind.HAZARD, Set.of("srmr", "traceability")),
            Map.entry(Kind.CONTROL, Set.of("srmr", "requirements", "traceability")),
            Map.entry(Kind.FINDING, Set.of("srmr", "requirements", "traceability")),
            Map.entry(Kind.TEST, Set.of("requirements", "traceability")));

    private IdPlacement() {}

    /** The ids of each kind in the model and its assessment. */
    public static Map<Kind, List<String>> ids(SystemModel model, List<Finding> findings) {
        Map<Kind, List<String>> ids = new LinkedHashMap<>();
        ids.put(Kind.COMPONENT, model.components().stream().map(Component::id).toList());
        ids.put(
                Kind.INTERFACE,
                model.components().stream()
                        .flatMap(c -> c.interfaces().stream())
                        .map(Component.Interface::id)
                        .toList());
        ids.put(Kind.ZONE, model.zones().stream().map(z -> z.id()).toList());
        ids.put(Kind.DATA, model.data().stream().map(d -> d.id()).toList());
        ids.put(Kind.FLOW, model.flows().stream().map(f -> f.id()).toList());
        ids.put(Kind.SECRET, model.secrets().stream().map(s -> s.id()).toList());
        ids.put(
                Kind.UPDATE_KEY,
                model.updates().stream()
                        .map(Update::signedWith)
                        .flatMap(Optional::stream)
                        .distinct()
                        .toList());
        ids.put(Kind.UPDATE, model.updates().stream().map(Update::id).toList());
        ids.put(Kind.HAZARD, model.hazards().stream().map(h -> h.id()).toList());
        ids.put(Kind.CONTROL, model.controls().stream().map(c -> c.id()).toList());
        ids.put(Kind.FINDING, findings.stream().map(Finding::id).toList());
        ids.put(Kind.TEST, model.tests().stream().map(t -> t.id()).toList());
        return ids;
    }

    /**
     * What is missing where: one line per id not named in a section that must name it ("DOC-ID §n key:
     * kind id"), empty when every id is where it belongs. {@code textOf} gives a section's text as the
     * reader sees it (the section's own strings, or the PDF's text of that section).
     */
    public static List<String> missing(
            SystemModel model,
            List<Finding> findings,
            List<GeneratedDocument> documents,
            Function<GeneratedDocument, Map<String, String>> textOf) {
        Map<Kind, List<String>> ids = ids(model, findings);
        List<String> missing = new ArrayList<>();
        for (GeneratedDocument d : documents) {
            Map<String, String> texts = textOf.apply(d);
            for (Section s : d.sections()) {
                Set<Kind> kinds = WHERE.getOrDefault(s.anchor(), Set.of());
                String text = texts.get(s.anchor());
                if (text == null) {
                    missing.add(
                            d.control().documentId() + " §" + s.number() + " " + s.anchor() + ": section not found");
                    continue;
                }
                // As extracted, white space runs as one space and nothing else changed: an id wrapped at a
                // hyphen or printed with a ligature is not found, as a reader's search would not find it.
                // An id too long for one line (PrintLayout.printsWhole) may wrap: it is compared without spaces.
                String words = squeeze(text);
                String unspaced = words.replace(" ", "");
                for (Kind k : kinds) {
                    for (String id : ids.get(k)) {
                        if (PrintLayout.printsWhole(id) ? !words.contains(id) : !unspaced.contains(id)) {
                            missing.add(d.control().documentId() + " §" + s.number() + " " + s.anchor() + ": "
                                    + k.name().toLowerCase(java.util.Locale.ROOT) + " " + id);
                        }
                    }
                }
            }
        }
        return missing;
    }

    /**
     * Interfaces off in the field must be said to be off where they are listed, so a hospital does not
     * look for a port that is closed, nor overlook one the model says is open.
     */
    public static List<String> disabledInterfacesNotSaidSo(SystemModel model, List<GeneratedDocument> documents) {
        List<String> ids = model.components().stream()
                .flatMap(c -> c.interfaces().stream())
                .filter(i -> !i.enabledInField())
                .map(Component.Interface::id)
                .toList();
        List<String> wrong = new ArrayList<>();
        for (GeneratedDocument d : documents) {
            for (Section s : d.sections()) {
                if (!s.anchor().equals("ports-protocols") && !s.anchor().equals("threat-model")) {
                    continue;
                }
                List<List<String>> rows = s.blocks().stream()
                        .filter(b -> b instanceof Block.Table)
                        .flatMap(b -> ((Block.Table) b).rows().stream())
                        .toList();
                for (String id : ids) {
                    boolean said = rows.stream()
                            .anyMatch(r -> r.stream().anyMatch(cell -> cell.contains(id))
                                    && r.stream().anyMatch(cell -> cell.contains("disabled")));
                    if (!said) {
                        wrong.add(d.control().documentId() + " " + s.anchor() + ": interface " + id
                                + " is not said to be disabled");
                    }
                }
            }
        }
        return wrong;
    }

    /** The text of each section as the document model holds it, by anchor. */
    public static Map<String, String> modelText(GeneratedDocument d) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Section s : d.sections()) {
            texts.put(
                    s.anchor(),
                    s.blocks().stream().flatMap(IdPlacement::strings).collect(Collectors.joining("\n")));
        }
        return texts;
    }

    private static Stream<String> strings(Block b) {
        if (b instanceof Block.Paragraph p) {
            return Stream.of(p.text());
        }
        if (b instanceof Block.Facts f) {
            return f.facts().stream().flatMap(x -> Stream.of(x.label(), x.value()));
        }
        if (b instanceof Block.Table t) {
            return Stream.concat(
                    Stream.concat(Stream.of(t.caption(), t.empty()), t.header().stream()),
                    t.rows().stream().flatMap(List::stream));
        }
        if (b instanceof Block.Figure f) {
            return Stream.of(f.title());
        }
        if (b instanceof Block.NotStated n) {
            return Stream.of(n.text());
        }
        return ((Block.Bullets) b).items().stream();
    }

    /**
     * The text of each section of a PDF, by anchor: the text between its heading and the next one. A
     * heading is a line in the size of the "Executive summary" heading that reads "number title" of one
     * of the document's sections (the table of contents has the same words in body size). The text is
     * read in drawing order, in which a table cell's lines follow each other, so an id the cell wraps
     * reads whole once white space is removed.
     */
    public static Map<String, String> pdfText(Path file, GeneratedDocument d) throws IOException {
        record Run(String text, float size) {}
        List<Run> runs = new ArrayList<>();
        // the stripper hands over words; they are joined into lines here, each with its largest font size
        PDFTextStripper stripper = new PDFTextStripper() {
            private final StringBuilder line = new StringBuilder();
            private float size;

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                line.append(text);
                for (TextPosition p : positions) {
                    size = Math.max(size, p.getFontSizeInPt());
                }
            }

            @Override
            protected void writeWordSeparator() {
                line.append(' ');
            }

            @Override
            protected void writeLineSeparator() {
                flush();
            }

            @Override
            protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) {
                flush();
            }

            private void flush() {
                if (!line.isEmpty()) {
                    runs.add(new Run(line.toString(), size));
                }
                line.setLength(0);
                size = 0;
            }
        };
        stripper.setSortByPosition(false);
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            stripper.getText(pdf);
        }
        float heading = runs.stream()
                .filter(r -> squeeze(r.text()).equals("Executive summary"))
                .map(Run::size)
                .findFirst()
                .orElseThrow(() -> new AssertionError(file + ": no 'Executive summary' heading"));
        // A heading too long for one line comes out as several runs at the heading size: join them.
        List<Run> joined = new ArrayList<>();
        for (Run r : runs) {
            Run last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && Math.abs(last.size() - heading) < 0.5f && Math.abs(r.size() - heading) < 0.5f) {
                joined.set(joined.size() - 1, new Run(last.text() + " " + r.text(), heading));
            } else {
                joined.add(r);
            }
        }
        Map<String, String> anchors = new LinkedHashMap<>();
        d.sections().forEach(s -> anchors.put(s.number() + " " + s.title(), s.anchor()));
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        StringBuilder current = null;
        for (Run r : joined) {
            String line = squeeze(r.text());
            if (Math.abs(r.size() - heading) < 0.5f && anchors.containsKey(line)) {
                current = texts.computeIfAbsent(anchors.get(line), a -> new StringBuilder());
                continue;
            }
            if (Math.abs(r.size() - heading) < 0.5f && line.equals("Executive summary")) {
                current = null;
                continue;
            }
            if (current != null) {
                current.append(r.text()).append('\n');
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
