package dev.vigil.engine.compliance;

import dev.vigil.engine.model.Document;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether the evidence files a model names exist, relative to the model, through the same source resolver
 * that loaded it. A reference is a file when it looks like one (a relative path with a folder or a file
 * extension, no spaces, not a URL or an e-mail address); a document id stands for that document's path.
 * Free text such as {@code "SEI CERT C"} is not a file and is not checked.
 */
final class EvidenceFiles {
    private static final Pattern URL = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final Pattern FILE_LIKE = Pattern.compile("[^\\s@]*(/[^\\s@]*|\\.[A-Za-z0-9]{1,5})");

    private final SystemModel model;
    private final Optional<SourceResolver> sources;

    /** {@code sources} empty: file checks are off ({@code --no-file-checks}). */
    EvidenceFiles(SystemModel model, Optional<SourceResolver> sources) {
        this.model = model;
        this.sources = sources;
    }

    static EvidenceFiles unchecked(SystemModel model) {
        return new EvidenceFiles(model, Optional.empty());
    }

    /** The same checks for another model's references (a site's), relative to that model. */
    EvidenceFiles of(SystemModel other) {
        return new EvidenceFiles(other, sources);
    }

    /** The document a reference names by id, if any. */
    Optional<Document> document(String reference) {
        return model.document(reference.strip());
    }

    /**
     * Why the reference cannot count as evidence (a file that does not exist, a document whose file does not
     * exist), or empty when it can.
     */
    Optional<String> problem(String reference) {
        Optional<Document> doc = document(reference);
        if (doc.isPresent()) {
            return doc.get().path().flatMap(p -> missing(p)
                    .map(m -> "document " + doc.get().id() + " names " + m));
        }
        return missing(reference);
    }

    private Optional<String> missing(String reference) {
        String ref = reference.strip();
        if (sources.isEmpty()
                || model.source() == null
                || URL.matcher(ref).matches()
                || !FILE_LIKE.matcher(ref).matches()) {
            return Optional.empty();
        }
        Path name = SourceResolver.sibling(model.source(), ref);
        if (sources.get().outside(name)) {
            // Neither read nor looked up: whether such a file exists is not the model's business.
            return Optional.of(ref + ", which is outside the model's folder (--allow-outside-paths lifts this)");
        }
        return sources.get().exists(name)
                ? Optional.empty()
                : Optional.of(ref + ", which does not exist relative to the model");
    }
}
