package dev.vigil.server.products;

import dev.vigil.engine.documents.DocumentControl;
import dev.vigil.engine.documents.DocumentHtml;
import dev.vigil.engine.documents.DocumentOptions;
import dev.vigil.engine.documents.DocumentPdf;
import dev.vigil.engine.documents.Documents;
import dev.vigil.engine.documents.GeneratedDocument;
import dev.vigil.engine.source.InputException;
import dev.vigil.server.api.ApiProblem;
import dev.vigil.server.audit.AuditTrail;
import dev.vigil.server.security.Access;
import dev.vigil.server.security.Account;
import dev.vigil.server.security.Permission;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A release's regulatory documents, made through the engine's documents front door (the call
 * {@code vigil documents} makes) with the approval block filled from the release's signatures. Every
 * revision is kept: a regeneration whose content differs from the latest revision is stored as the next
 * revision, one whose content is the same stores nothing and answers the latest revision.
 */
@Service
class ReleaseDocuments {

    private final Releases releases;
    private final ReleaseStore store;
    private final DocumentStore documents;
    private final ModelAssessment engine;
    private final Access access;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReleaseDocuments(
            Releases releases,
            ReleaseStore store,
            DocumentStore documents,
            ModelAssessment engine,
            Access access,
            AuditTrail audit,
            TransactionTemplate transaction,
            Clock clock) {
        this.releases = releases;
        this.store = store;
        this.documents = documents;
        this.engine = engine;
        this.access = access;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** One document of a generation: the revision that now holds its content, and whether it is new. */
    record Generated(DocumentStore.StoredDocument document, boolean newRevision) {}

    /** What a document list shows of one stored revision, against the release as it is now. */
    record Listed(DocumentStore.StoredDocument document, boolean latest, boolean coversCurrentApprovals) {}

    List<Generated> generate(String product, String version, String set, String format) {
        Account me = access.require(Permission.GENERATE_DOCUMENTS, product);
        ReleaseStore.Release release = releases.release(product, version);
        List<String> sets;
        try {
            sets = Documents.sets(set == null || set.isBlank() ? "all" : set.strip());
        } catch (InputException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
        Documents.Format chosen = format(format);
        String signedHash = releases.signedHash(release);
        List<ReleaseStore.Approval> approvals = releases.approvals(release);
        List<DocumentControl.Approval> block = approvals.stream()
                .map(a -> new DocumentControl.Approval(
                        a.printedName(),
                        a.meaning(),
                        a.signedAt(),
                        a.contentHash(),
                        a.contentHash().equals(signedHash)))
                .toList();
        Map<String, String> files = store.files(release.id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        String ext = chosen.extension();

        // Made first on the date of the latest revisions, so that content unchanged since then compares
        // equal; what changed is made again on today's date (only when that is another day).
        Map<String, DocumentStore.StoredDocument> latest = new java.util.HashMap<>();
        for (String stem : stems(sets)) {
            documents.latest(release.id(), stem, ext).ifPresent(d -> latest.put(stem, d));
        }
        LocalDate base = latest.values().stream()
                .map(DocumentStore.StoredDocument::date)
                .max(Comparator.naturalOrder())
                .orElse(today);
        Function<LocalDate, List<GeneratedDocument>> make = day -> engine.documents(
                release.modelName(),
                files,
                day,
                DocumentOptions.on(day).withAuthor(me.displayName()).withApprovals(block),
                sets);
        List<GeneratedDocument> made = make.apply(base);
        Map<String, GeneratedDocument> remade = Map.of();

        List<Generated> out = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (GeneratedDocument d : made) {
            Optional<DocumentStore.StoredDocument> previous = Optional.ofNullable(latest.get(d.fileStem()));
            if (previous.isPresent() && previous.get().date().equals(base)) {
                String source = DocumentHtml.render(revised(d, previous.get().revision()), generator());
                if (Releases.sha256(source).equals(previous.get().sourceSha256())) {
                    out.add(new Generated(previous.get(), false));
                    continue;
                }
            }
            if (!base.equals(today)) {
                if (remade.isEmpty()) {
                    remade = make.apply(today).stream()
                            .collect(Collectors.toMap(GeneratedDocument::fileStem, Function.identity()));
                }
                d = remade.get(d.fileStem());
            }
            int revision = previous.map(p -> p.revision() + 1).orElse(1);
            pending.add(new Pending(revised(d, revision), revision, out.size()));
            out.add(null); // filled below, in the order the engine made the documents
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Rendered> rendered = pending.stream()
                .map(p -> render(p, chosen, release, approvals.size(), signedHash, me, now, today))
                .toList();
        try {
            transaction.executeWithoutResult(s -> {
                for (Rendered r : rendered) {
                    documents.insert(r.stored(), r.content());
                    audit.record(
                            me.username(),
                            "document.generated",
                            Optional.of(product),
                            "document " + r.stored().documentId() + " of release " + product + " " + version,
                            "revision " + r.stored().revision() + ", " + ext + ", sha256 "
                                    + r.stored().sha256()
                                    + ", " + approvals.size() + " approvals in its block, release content "
                                    + signedHash);
                }
            });
        } catch (DuplicateKeyException e) {
            throw new ApiProblem(
                    HttpStatus.CONFLICT,
                    "Conflict",
                    "the documents of release " + version + " were generated meanwhile by another request: look at"
                            + " the list, or generate again");
        }
        for (Rendered r : rendered) {
            out.set(r.position(), new Generated(r.stored(), true));
        }
        return out;
    }

    /** Every stored revision, newest first per document, each against the release's approvals now. */
    List<Listed> list(String product, String version) {
        ReleaseStore.Release release = releases.release(product, version);
        String signedHash = releases.signedHash(release);
        int approvals = releases.approvals(release).size();
        List<Listed> out = new ArrayList<>();
        String previousKey = null;
        for (DocumentStore.StoredDocument d : documents.list(release.id())) {
            String key = d.name() + "." + d.format();
            out.add(new Listed(
                    d, !key.equals(previousKey), d.signedHash().equals(signedHash) && d.approvalCount() == approvals));
            previousKey = key;
        }
        return out;
    }

    /** A stored revision's file and its name; the latest revision when none is given. */
    record Download(String fileName, String format, byte[] content) {}

    Download download(String product, String version, String name, String format, Optional<Integer> revision) {
        ReleaseStore.Release release = releases.release(product, version);
        String ext = format(format).extension();
        int chosen = revision.orElseGet(() -> documents
                .latest(release.id(), name, ext)
                .map(DocumentStore.StoredDocument::revision)
                .orElseThrow(() -> ApiProblem.notFound("document " + name + "." + ext + " of release " + version)));
        byte[] content = documents
                .content(release.id(), name, ext, chosen)
                .orElseThrow(() -> ApiProblem.notFound(
                        "revision " + chosen + " of document " + name + "." + ext + " of release " + version));
        return new Download(product + "-" + version + "-" + name + "-r" + chosen + "." + ext, ext, content);
    }

    private record Pending(GeneratedDocument document, int revision, int position) {}

    private record Rendered(DocumentStore.StoredDocument stored, byte[] content, int position) {}

    private static Rendered render(
            Pending p,
            Documents.Format format,
            ReleaseStore.Release release,
            int approvalCount,
            String signedHash,
            Account me,
            Instant now,
            LocalDate today) {
        GeneratedDocument d = p.document();
        String source = DocumentHtml.render(d, generator());
        byte[] content =
                format == Documents.Format.PDF ? DocumentPdf.render(source) : source.getBytes(StandardCharsets.UTF_8);
        DocumentStore.StoredDocument stored = new DocumentStore.StoredDocument(
                release.id(),
                d.setId(),
                d.fileStem(),
                d.control().documentId(),
                d.title(),
                format.extension(),
                p.revision(),
                d.control().date(),
                content.length,
                Releases.sha256(content),
                Releases.sha256(source),
                approvalCount,
                signedHash,
                me.username(),
                now);
        return new Rendered(stored, content, p.position());
    }

    /** The same document under another revision number: the revision appears only in its control block. */
    private static GeneratedDocument revised(GeneratedDocument d, int revision) {
        DocumentControl c = d.control();
        return new GeneratedDocument(
                d.setId(),
                d.setTitle(),
                d.title(),
                d.fileStem(),
                new DocumentControl(
                        c.documentId(),
                        c.product(),
                        c.productVersion(),
                        String.valueOf(revision),
                        c.date(),
                        c.author(),
                        c.approvals()),
                d.summary(),
                d.sections());
    }

    /** The file stems the sets make, as the engine names them. */
    private static List<String> stems(List<String> sets) {
        return Documents.files(sets, Documents.Format.HTML, java.nio.file.Path.of("")).stream()
                .map(p -> p.getFileName().toString().replaceFirst("\\.html$", ""))
                .toList();
    }

    static Documents.Format format(String format) {
        String wanted =
                format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Documents.Format.values())
                .filter(f -> f.extension().equals(wanted))
                .findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("format must be pdf or html, not '" + format + "'"));
    }

    private static String generator() {
        return "Vigil server " + ModelAssessment.VERSION;
    }
}
