package dev.vigil.engine.documents;

import static dev.vigil.engine.load.Shapes.id;
import static dev.vigil.engine.load.Shapes.list;
import static dev.vigil.engine.load.Shapes.object;
import static dev.vigil.engine.load.Shapes.oneOf;
import static dev.vigil.engine.load.Shapes.opt;
import static dev.vigil.engine.load.Shapes.req;
import static dev.vigil.engine.load.Shapes.text;

import dev.vigil.engine.load.ResourceCheck;
import dev.vigil.engine.load.Shape.ObjectShape;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.source.Fields;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The document sets of {@code documents/sets.yaml}, read once; the file is ours, so a bad one fails loudly. */
public record DocumentSets(List<DocumentSet> sets, List<ChecklistSpec> checklists) {

    static final String RESOURCE = "documents/sets.yaml";
    private static final DocumentSets STANDARD = read();

    public DocumentSets {
        sets = List.copyOf(sets);
        checklists = List.copyOf(checklists);
    }

    /**
     * A checklist of chosen catalog requirements (a guidance's own list, such as the Annex I items MDCG 2019-16
     * names) rather than a whole framework. Each row holds alternatives, one per regulation (MDR, IVDR); the
     * document shows the one that applies to the model. {@code source} is the catalog framework of the guidance
     * that makes the selection, {@code selection} says in words which rows it names.
     */
    public record ChecklistSpec(String id, String title, String source, String selection, List<List<String>> rows) {
        public ChecklistSpec {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One set: the documents one regulator or reader gets, in the guidance's order, the kinds of system it
     * documents ({@code product}, {@code site}) and the markets of its regulator (empty: any reader).
     */
    public record DocumentSet(
            String id, String title, List<String> kinds, List<String> markets, List<DocumentSpec> documents) {
        public DocumentSet {
            kinds = List.copyOf(kinds);
            markets = List.copyOf(markets);
            documents = List.copyOf(documents);
        }

        public boolean documents(SystemInfo.Kind kind) {
            return kinds.contains(kind.wire());
        }
    }

    /** One document of a set: its sections (keys of {@link Sections}) and the catalog requirements it answers. */
    public record DocumentSpec(String id, String title, List<String> basis, List<String> sections) {
        public DocumentSpec {
            basis = List.copyOf(basis);
            sections = List.copyOf(sections);
        }
    }

    public static DocumentSets standard() {
        return STANDARD;
    }

    public Optional<DocumentSet> find(String id) {
        return sets.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return sets.stream().map(DocumentSet::id).toList();
    }

    public Optional<ChecklistSpec> checklist(String id) {
        return checklists.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** The set a document belongs to. */
    DocumentSet setOf(DocumentSpec document) {
        return sets.stream()
                .filter(s -> s.documents().contains(document))
                .findFirst()
                .orElseThrow();
    }

    private static DocumentSets read() {
        ResourceCheck check = new ResourceCheck();
        Optional<Fields> root = check.readResource(RESOURCE, shape(), "the document sets");
        check.failIfBroken(RESOURCE);
        List<DocumentSet> sets = new ArrayList<>();
        for (Fields set : root.orElseThrow().objects("sets")) {
            List<DocumentSpec> documents = new ArrayList<>();
            for (Fields doc : set.objects("documents")) {
                documents.add(
                        new DocumentSpec(doc.text("id"), doc.text("title"), doc.texts("basis"), doc.texts("sections")));
            }
            List<String> kinds = set.texts("kinds");
            sets.add(new DocumentSet(
                    set.text("id"),
                    set.text("title"),
                    kinds.isEmpty() ? List.of("product") : kinds,
                    set.texts("markets"),
                    documents));
        }
        List<ChecklistSpec> checklists = new ArrayList<>();
        for (Fields list : root.orElseThrow().objects("checklists")) {
            checklists.add(new ChecklistSpec(
                    list.text("id"),
                    list.text("title"),
                    list.text("source"),
                    list.text("selection"),
                    list.objects("rows").stream().map(r -> r.texts("either")).toList()));
        }
        return new DocumentSets(sets, checklists);
    }

    /** The file's shape (a method: the sets are read while the class initializes); a document id is unique within its set only, so it is text rather than an id. */
    private static ObjectShape shape() {
        return object(
                "document set file",
                null,
                "The document sets `vigil documents` writes (documents/sets.yaml)",
                req(
                        "sets",
                        list(object(
                                "document set",
                                "document set",
                                "The documents one regulator or reader gets",
                                id(),
                                req("title", text(), "Title"),
                                opt(
                                        "kinds",
                                        list(oneOf(List.of("product", "site"))),
                                        "The kinds of system it documents (default: product)"),
                                opt(
                                        "markets",
                                        list(text()),
                                        "The markets of its regulator (system.markets values); none for any reader"),
                                req(
                                        "documents",
                                        list(object(
                                                "document",
                                                null,
                                                "One document of the set",
                                                req("id", text(), "The document's id within the set"),
                                                req("title", text(), "Title"),
                                                req("basis", list(text()), "The catalog requirements it answers"),
                                                req("sections", list(text()), "Its sections, keys of Sections"))),
                                        "The documents in the guidance's order"))),
                        "The sets"),
                opt(
                        "checklists",
                        list(object(
                                "checklist",
                                "checklist",
                                "A checklist of chosen catalog requirements, named by a section key checklist:<id>",
                                id(),
                                req("title", text(), "Title"),
                                req("source", text(), "The catalog framework of the guidance that names the rows"),
                                req("selection", text(), "Which requirements the guidance names, in words"),
                                req(
                                        "rows",
                                        list(
                                                object(
                                                        "row",
                                                        null,
                                                        "One row: the same item in each regulation",
                                                        req(
                                                                "either",
                                                                list(text()),
                                                                "Catalog requirements, one per regulation; the first that applies to the model is shown"))),
                                        "The rows in the source's order"))),
                        "Checklists of chosen requirements"));
    }
}
