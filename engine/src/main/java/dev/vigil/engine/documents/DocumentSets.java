package dev.vigil.engine.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The document sets of {@code documents/sets.yaml}, read once; the file is ours, so a bad one fails loudly. */
public record DocumentSets(List<DocumentSet> sets) {

    static final String RESOURCE = "documents/sets.yaml";
    private static final DocumentSets STANDARD = read();

    public DocumentSets {
        sets = List.copyOf(sets);
    }

    /** One set: the documents one regulator or reader gets, in the guidance's order. */
    public record DocumentSet(String id, String title, List<DocumentSpec> documents) {
        public DocumentSet {
            documents = List.copyOf(documents);
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

    private static DocumentSets read() {
        try (InputStream in = DocumentSets.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            Map<?, ?> root = (Map<?, ?>) new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<DocumentSet> sets = new ArrayList<>();
            for (Object s : (List<?>) root.get("sets")) {
                Map<?, ?> set = (Map<?, ?>) s;
                List<DocumentSpec> documents = new ArrayList<>();
                for (Object d : (List<?>) set.get("documents")) {
                    Map<?, ?> doc = (Map<?, ?>) d;
                    documents.add(new DocumentSpec(
                            doc.get("id").toString(),
                            doc.get("title").toString(),
                            strings(doc.get("basis")),
                            strings(doc.get("sections"))));
                }
                sets.add(new DocumentSet(
                        set.get("id").toString(), set.get("title").toString(), documents));
            }
            return new DocumentSets(sets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalStateException(RESOURCE + " does not have the expected shape: " + e, e);
        }
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(Object::toString).toList();
    }
}
