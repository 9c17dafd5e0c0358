package dev.vigil.engine.mds2;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The MDS2 question catalog, read once from {@code mds2/questions.yaml}: the form's sections and question
 * ids in form order. The file is ours; a malformed one is a build fault, so reading it fails loudly.
 */
public record Mds2Catalog(String form, String edition, List<Mds2Section> sections) {

    static final String RESOURCE = "mds2/questions.yaml";

    private static final Mds2Catalog STANDARD = read();

    public Mds2Catalog {
        sections = List.copyOf(sections);
    }

    public static Mds2Catalog standard() {
        return STANDARD;
    }

    public List<Mds2Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream()).toList();
    }

    private static Mds2Catalog read() {
        try (InputStream in = Mds2Catalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            Map<?, ?> root = (Map<?, ?>) new Yaml(new SafeConstructor(options)).load(in);
            List<Mds2Section> sections = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Object s : (List<?>) root.get("sections")) {
                Map<?, ?> section = (Map<?, ?>) s;
                String code = string(section, "code");
                List<Mds2Question> questions = new ArrayList<>();
                for (Object q : (List<?>) section.get("questions")) {
                    Map<?, ?> question = (Map<?, ?>) q;
                    String id = string(question, "id");
                    if (!id.startsWith(code + "-") || !ids.add(id)) {
                        throw new IllegalStateException(
                                RESOURCE + ": question id '" + id + "' is duplicated or outside its section " + code);
                    }
                    questions.add(new Mds2Question(id, code, string(question, "ask"), string(question, "answer")));
                }
                sections.add(new Mds2Section(code, string(section, "title"), questions));
            }
            return new Mds2Catalog(string(root, "form"), string(root, "edition"), sections);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalStateException(RESOURCE + " does not have the expected shape: " + e, e);
        }
    }

    private static String string(Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null) {
            throw new IllegalStateException(RESOURCE + ": '" + key + "' missing in " + map);
        }
        return value.toString();
    }
}
