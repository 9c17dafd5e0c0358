package dev.vigil.server.products;

import dev.vigil.engine.documents.DocumentControl;
import dev.vigil.engine.documents.DocumentHtml;
import dev.vigil.engine.documents.DocumentOptions;
import dev.vigil.engine.documents.DocumentPdf;
import dev.vigil.engine.documents.Documents;
import dev.vigil.engine.documents.GeneratedDocument;
import dev.vigil.engine.mds2.Mds2Disclosure;
import dev.vigil.engine.mds2.Mds2Document;
import dev.vigil.engine.mds2.Mds2Workbook;
import dev.vigil.engine.render.JsonDocuments;
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

    /** The set name of the MDS2 form, which is generated, stored and listed with the release's documents. */
    static final String MDS2 = "mds2";

    private static final List<String> MDS2_FORMATS = List.of("xlsx", "json");

    /** Every format a stored document may have. */
    private static final List<String> FORMATS = List.of("pdf", "html", "xlsx", "json");

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
        String choice = set == null || set.isBlank() ? "all" : set.strip();
        if (choice.equals(MDS2)) {
            return generateMds2(product, version, release, format, me);
        }
        List<String> sets;
        try {
            sets = Documents.sets(choice);
        } catch (InputException e) {
            throw ApiProblem.badRequest(e.getMessage() + " (or " + MDS2 + " for the MDS2 form)");
        }
        Documents.Format chosen = documentFormat(format);
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

        // Each document is compared with its latest revision made again on that revision's date (the date
        // is part of the content: the assessment, support ends), so unchanged content compares equal whatever
        // day it was made; what changed is made on today's date. One engine run per distinct date involved.
        Map<String, DocumentStore.StoredDocument> latest = new java.util.HashMap<>();
        for (String stem : stems(sets)) {
            documents.latest(release.id(), stem, ext).ifPresent(d -> latest.put(stem, d));
        }
        Map<LocalDate, Map<String, GeneratedDocument>> byDay = new java.util.HashMap<>();
        Function<LocalDate, Map<String, GeneratedDocument>> on = day -> byDay.computeIfAbsent(day, d -> {
            try {
                return engine
                        .documents(
                                release.modelName(),
                                files,
                                d,
                                DocumentOptions.on(d)
                                        .withAuthor(me.displayName())
                                        .withApprovals(block),
                                sets)
                        .stream()
                        .collect(Collectors.toMap(
                                GeneratedDocument::fileStem,
                                Function.identity(),
                                (a, b) -> a,
                                java.util.LinkedHashMap::new));
            } catch (InputException e) {
                // A set that documents the other kind of system (an FDA set for a site): the engine names
                // the sets that fit.
                throw ApiProblem.badRequest(e.getMessage());
            }
        });
        // The engine's order, from a run it makes anyway (the most recent date among the latest revisions).
        LocalDate first = latest.values().stream()
                .map(DocumentStore.StoredDocument::date)
                .max(Comparator.naturalOrder())
                .orElse(today);
        List<String> made = List.copyOf(on.apply(first).keySet());

        List<Generated> out = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (String stem : made) {
            Optional<DocumentStore.StoredDocument> previous = Optional.ofNullable(latest.get(stem));
            if (previous.isPresent()) {
                GeneratedDocument then = on.apply(previous.get().date()).get(stem);
                String source = DocumentHtml.render(revised(then, previous.get().revision()), generator());
                if (Releases.sha256(source).equals(previous.get().sourceSha256())) {
                    out.add(new Generated(previous.get(), false));
                    continue;
                }
            }
            GeneratedDocument d = on.apply(today).get(stem);
            int revision = previous.map(p -> p.revision() + 1).orElse(1);
            pending.add(new Pending(revised(d, revision), revision, out.size()));
            out.add(null); // filled below, in the order the engine made the documents
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Rendered> rendered = pending.stream()
                .map(p -> render(p, chosen, release, approvals.size(), signedHash, me, now, today))
                .toList();
        store(product, version, rendered, me, approvals.size(), signedHash);
        for (Rendered r : rendered) {
            out.set(r.position(), new Generated(r.stored(), true));
        }
        return out;
    }

    /**
     * The MDS2 form of the release (HN 1-2019), as {@code vigil mds2} answers it from the release's model:
     * xlsx (the default) or json. It has no approval block; like a document, a revision is stored only when
     * its answers differ from the latest revision's (compared on the JSON form, which, unlike the
     * workbook's bytes, holds no writing time).
     */
    private List<Generated> generateMds2(
            String product, String version, ReleaseStore.Release release, String format, Account me) {
        String ext = mds2Format(format);
        Map<String, String> files = store.files(release.id());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Optional<DocumentStore.StoredDocument> previous = documents.latest(release.id(), MDS2, ext);
        LocalDate day = previous.map(DocumentStore.StoredDocument::date).orElse(today);
        Mds2Disclosure disclosure = mds2(release, files, day);
        String source = JsonDocuments.write(Mds2Document.of(disclosure));
        if (previous.isPresent()
                && Releases.sha256(source).equals(previous.get().sourceSha256())) {
            return List.of(new Generated(previous.get(), false));
        }
        if (!day.equals(today)) {
            disclosure = mds2(release, files, today);
            source = JsonDocuments.write(Mds2Document.of(disclosure));
        }
        byte[] content;
        if (ext.equals("json")) {
            content = (source + "\n").getBytes(StandardCharsets.UTF_8);
        } else {
            java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
            try {
                Mds2Workbook.write(disclosure, workbook);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            content = workbook.toByteArray();
        }
        String signedHash = releases.signedHash(release);
        int approvals = releases.approvals(release).size();
        int revision = previous.map(p -> p.revision() + 1).orElse(1);
        DocumentStore.StoredDocument stored = new DocumentStore.StoredDocument(
                release.id(),
                MDS2,
                MDS2,
                (disclosure.system().id() + "-" + MDS2).toUpperCase(Locale.ROOT),
                "Manufacturer Disclosure Statement for Medical Device Security ("
                        + disclosure.catalog().form() + ")",
                ext,
                revision,
                disclosure.date(),
                content.length,
                Releases.sha256(content),
                Releases.sha256(source),
                approvals,
                signedHash,
                me.username(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        store(product, version, List.of(new Rendered(stored, content, 0)), me, approvals, signedHash);
        return List.of(new Generated(stored, true));
    }

    private Mds2Disclosure mds2(ReleaseStore.Release release, Map<String, String> files, LocalDate day) {
        try {
            return engine.mds2(release.modelName(), files, day);
        } catch (InputException e) {
            // A site model: the form is a device's.
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    /** Stores new revisions and audits each, all or none; a concurrent generation of the same revision loses. */
    private void store(
            String product, String version, List<Rendered> rendered, Account me, int approvalCount, String signedHash) {
        try {
            transaction.executeWithoutResult(s -> {
                for (Rendered r : rendered) {
                    documents.insert(r.stored(), r.content());
                    audit.record(
                            me.username(),
                            "document.generated",
                            Optional.of(product),
                            "document " + r.stored().documentId() + " of release " + product + " " + version,
                            "revision " + r.stored().revision() + ", "
                                    + r.stored().format() + ", sha256 "
                                    + r.stored().sha256()
                                    + ", " + approvalCount + " approvals in its block, release content "
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
    }

    /** Every stored revision, newest first per document, each against the release's approvals now. */
    List<Listed> list(String product, String version) {
        ReleaseStore.Release release = releases.release(product, version);
        String signedHash = releases.signedHash(release);
        List<ReleaseStore.Approval> approvals = releases.approvals(release);
        List<Listed> out = new ArrayList<>();
        String previousKey = null;
        // In the order the sets and the guidance give their documents (the risk management report first),
        // the MDS2 form last; every revision of a document together, newest first.
        List<String> order = stems(Documents.sets("all"));
        Comparator<DocumentStore.StoredDocument> byPlace = Comparator.comparingInt(d -> {
            int at = order.indexOf(d.name());
            return at < 0 ? order.size() : at;
        });
        List<DocumentStore.StoredDocument> stored = documents.list(release.id()).stream()
                .sorted(byPlace.thenComparing(DocumentStore.StoredDocument::format)
                        .thenComparing(Comparator.comparingInt(DocumentStore.StoredDocument::revision)
                                .reversed()))
                .toList();
        for (DocumentStore.StoredDocument d : stored) {
            String key = d.name() + "." + d.format();
            out.add(new Listed(d, !key.equals(previousKey), showsCurrentBlock(d, approvals, signedHash)));
            previousKey = key;
        }
        return out;
    }

    /**
     * Whether generating the document again would give the same approval block: the same signatures (they are
     * only ever added, so the first {@code approvalCount} are the ones it shows), each still marked as covering
     * the release content, or not, as it was then. A decision made after a document, on a release nobody has
     * signed, leaves its block as it is: comparing the release content hash alone would ask for a regeneration
     * that never makes a new revision. The MDS2 form has no approval block.
     */
    static boolean showsCurrentBlock(
            DocumentStore.StoredDocument d, List<ReleaseStore.Approval> approvals, String signedHash) {
        if (d.setId().equals(MDS2)) {
            return true;
        }
        if (d.approvalCount() != approvals.size()) {
            return false;
        }
        return approvals.stream()
                .allMatch(a -> a.contentHash().equals(d.signedHash())
                        == a.contentHash().equals(signedHash));
    }

    /** A stored revision's file and its name; the latest revision when none is given. */
    record Download(String fileName, String format, byte[] content) {}

    Download download(String product, String version, String name, String format, Optional<Integer> revision) {
        ReleaseStore.Release release = releases.release(product, version);
        String ext = format == null ? "" : format.toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(ext)) {
            throw ApiProblem.notFound("document " + name + "." + format + " of release " + version);
        }
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

    static Documents.Format documentFormat(String format) {
        String wanted =
                format == null || format.isBlank() ? "pdf" : format.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Documents.Format.values())
                .filter(f -> f.extension().equals(wanted))
                .findFirst()
                .orElseThrow(() -> ApiProblem.badRequest("documents are pdf or html, not '" + format + "'"
                        + (MDS2_FORMATS.contains(wanted)
                                ? " (that is a format of the MDS2 form: set " + MDS2 + ")"
                                : "")));
    }

    static String mds2Format(String format) {
        String wanted =
                format == null || format.isBlank() ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
        if (!MDS2_FORMATS.contains(wanted)) {
            throw ApiProblem.badRequest("the MDS2 form is xlsx or json, not '" + format + "'");
        }
        return wanted;
    }

    private static String generator() {
        return "Vigil server " + ModelAssessment.VERSION;
    }
}
