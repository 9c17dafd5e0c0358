package dev.vigil.engine.documents;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The section writers by the key {@code documents/sets.yaml} names. Each writes one section from the
 * context; {@code checklist:<name>} lists a catalog framework's requirements or a checklist of the sets
 * file; {@code part:<requirement>} opens a part (see {@link Part}). A test checks that
 * every key the sets use has a writer and every writer is used.
 */
final class Sections {
    static final String CHECKLIST = "checklist:";

    /** A part heading that follows a guidance's structure, written by {@link DocumentWriter} (it needs the numbers). */
    static final String PART = "part:";

    private static final Map<String, Function<DocumentContext, Section>> WRITERS = writers();

    private Sections() {}

    static Section write(String key, DocumentContext context, DocumentSets.DocumentSet set) {
        if (key.startsWith(CHECKLIST)) {
            return Checklist.write(key.substring(CHECKLIST.length()), context, set);
        }
        Function<DocumentContext, Section> writer = WRITERS.get(key);
        if (writer == null) {
            throw new IllegalStateException(DocumentSets.RESOURCE + " names an unknown section '" + key + "'");
        }
        return writer.apply(context);
    }

    static Set<String> keys() {
        return WRITERS.keySet();
    }

    private static Map<String, Function<DocumentContext, Section>> writers() {
        Map<String, Function<DocumentContext, Section>> all = new TreeMap<>();
        RiskSections.register(all);
        SupplySections.register(all);
        VerificationSections.register(all);
        LabelingSections.register(all);
        return Map.copyOf(all);
    }

    static Section section(String key, String title, java.util.List<Block> blocks) {
        return new Section(key.replace(':', '-'), "", title, blocks);
    }

    static String yesNo(java.util.Optional<Boolean> value) {
        return value.map(v -> v ? "yes" : "no").orElse(Block.NOT_STATED);
    }
}
