package dev.vigil.server.products;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Products, releases, their files, decisions and approvals as rows; inserts only, nothing is overwritten. */
@Repository
class ReleaseStore {

    private final JdbcClient db;
    private final JdbcTemplate batches;

    ReleaseStore(JdbcClient db, JdbcTemplate batches) {
        this.db = db;
        this.batches = batches;
    }

    record Product(String id, String name, String createdBy, Instant createdAt) {}

    record Release(
            long id,
            String product,
            String version,
            String kind,
            String modelName,
            String contentHash,
            String uploadedBy,
            Instant uploadedAt,
            String reportJson) {}

    record Decision(
            String findingId,
            String status,
            String justification,
            String decidedBy,
            Instant decidedAt,
            Optional<String> carriedFrom) {}

    record Approval(String username, String printedName, String meaning, Instant signedAt, String contentHash) {}

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    void insertProduct(Product p) {
        db.sql("INSERT INTO product (id, name, created_by, created_at) VALUES (?, ?, ?, ?)")
                .params(p.id(), p.name(), p.createdBy(), utc(p.createdAt()))
                .update();
    }

    Optional<Product> product(String id) {
        return db.sql("SELECT * FROM product WHERE id = ?")
                .param(id)
                .query(ReleaseStore::product)
                .optional();
    }

    List<Product> products() {
        return db.sql("SELECT * FROM product ORDER BY id")
                .query(ReleaseStore::product)
                .list();
    }

    long insertRelease(Release r, Map<String, String> files) {
        db.sql("INSERT INTO product_release (product_id, version, kind, model_name, model_text, content_hash,"
                        + " uploaded_by, uploaded_at, report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        r.product(),
                        r.version(),
                        r.kind(),
                        r.modelName(),
                        files.get(r.modelName()),
                        r.contentHash(),
                        r.uploadedBy(),
                        utc(r.uploadedAt()),
                        r.reportJson())
                .update();
        long id = db.sql("SELECT id FROM product_release WHERE product_id = ? AND version = ?")
                .params(r.product(), r.version())
                .query(Long.class)
                .single();
        files.forEach((name, content) -> {
            if (!name.equals(r.modelName())) {
                db.sql("INSERT INTO release_file (release_id, name, content) VALUES (?, ?, ?)")
                        .params(id, name, content)
                        .update();
            }
        });
        return id;
    }

    void insertSupportEnds(long releaseId, List<SupportEnds.SupportEnd> ends) {
        // One batch: an SBOM of thousands of components may state a date for each.
        batches.batchUpdate(
                "INSERT INTO release_support_end (release_id, kind, subject, ends) VALUES (?, ?, ?, ?)",
                ends.stream()
                        .map(e -> new Object[] {releaseId, e.kind(), e.subject(), e.ends()})
                        .toList());
    }

    private static final String RELEASE_COLUMNS = "r.id, r.product_id, r.version, r.kind, r.model_name,"
            + " r.content_hash, r.uploaded_by, r.uploaded_at, r.report_json";

    Optional<Release> release(String product, String version) {
        return db.sql("SELECT " + RELEASE_COLUMNS + " FROM product_release r WHERE r.product_id = ? AND r.version = ?")
                .params(product, version)
                .query(ReleaseStore::release)
                .optional();
    }

    Optional<Release> release(long id) {
        return db.sql("SELECT " + RELEASE_COLUMNS + " FROM product_release r WHERE r.id = ?")
                .param(id)
                .query(ReleaseStore::release)
                .optional();
    }

    boolean releaseExists(String product, String version) {
        return db.sql("SELECT COUNT(*) FROM product_release WHERE product_id = ? AND version = ?")
                        .params(product, version)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Newest first. */
    List<Release> releases(String product) {
        return db.sql("SELECT " + RELEASE_COLUMNS + " FROM product_release r WHERE r.product_id = ? ORDER BY r.id DESC")
                .param(product)
                .query(ReleaseStore::release)
                .list();
    }

    /** The release uploaded just before {@code releaseId} for the same product. */
    Optional<Release> previous(String product, long releaseId) {
        return db.sql("SELECT " + RELEASE_COLUMNS + " FROM product_release r WHERE r.product_id = ? AND r.id < ?"
                        + " ORDER BY r.id DESC LIMIT 1")
                .params(product, releaseId)
                .query(ReleaseStore::release)
                .optional();
    }

    /** The model and every file it names, by relative name. */
    Map<String, String> files(long releaseId) {
        Map<String, String> files = new LinkedHashMap<>();
        db.sql("SELECT model_name, model_text FROM product_release WHERE id = ?")
                .param(releaseId)
                .query(rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        db.sql("SELECT name, content FROM release_file WHERE release_id = ? ORDER BY name")
                .param(releaseId)
                .query(rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        return files;
    }

    List<String> fileNames(long releaseId) {
        return db.sql("SELECT name FROM release_file WHERE release_id = ? ORDER BY name")
                .param(releaseId)
                .query(String.class)
                .list();
    }

    void insertDecision(long releaseId, Decision d) {
        db.sql("INSERT INTO finding_decision (release_id, finding_id, status, justification, decided_by,"
                        + " decided_at, carried_from) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        releaseId,
                        d.findingId(),
                        d.status(),
                        d.justification(),
                        d.decidedBy(),
                        utc(d.decidedAt()),
                        d.carriedFrom().orElse(null))
                .update();
    }

    /** The decision in force per finding: the latest one recorded. */
    Map<String, Decision> decisions(long releaseId) {
        Map<String, Decision> latest = new LinkedHashMap<>();
        db.sql("SELECT * FROM finding_decision WHERE release_id = ? ORDER BY id")
                .param(releaseId)
                .query((rs, n) -> decision(rs))
                .list()
                .forEach(d -> latest.put(d.findingId(), d));
        return latest;
    }

    void insertApproval(long releaseId, Approval a) {
        db.sql("INSERT INTO approval (release_id, username, printed_name, meaning, signed_at, content_hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?)")
                .params(releaseId, a.username(), a.printedName(), a.meaning(), utc(a.signedAt()), a.contentHash())
                .update();
    }

    List<Approval> approvals(long releaseId) {
        return db.sql("SELECT * FROM approval WHERE release_id = ? ORDER BY id")
                .param(releaseId)
                .query((rs, n) -> new Approval(
                        rs.getString("username"),
                        rs.getString("printed_name"),
                        rs.getString("meaning"),
                        rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("content_hash")))
                .list();
    }

    Optional<String> reportHtml(long releaseId) {
        return db.sql("SELECT html FROM release_report WHERE release_id = ?")
                .param(releaseId)
                .query(String.class)
                .optional();
    }

    /** False when the report was stored already (by another instance): it is never replaced. */
    boolean insertReportHtml(long releaseId, String html, Instant at) {
        if (reportHtml(releaseId).isPresent()) {
            return false;
        }
        db.sql("INSERT INTO release_report (release_id, html, rendered_at) VALUES (?, ?, ?)")
                .params(releaseId, html, utc(at))
                .update();
        return true;
    }

    static Decision decision(ResultSet rs) throws SQLException {
        return new Decision(
                rs.getString("finding_id"),
                rs.getString("status"),
                rs.getString("justification"),
                rs.getString("decided_by"),
                rs.getObject("decided_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getString("carried_from")));
    }

    private static Product product(ResultSet rs, int row) throws SQLException {
        return new Product(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static Release release(ResultSet rs, int row) throws SQLException {
        return new Release(
                rs.getLong("id"),
                rs.getString("product_id"),
                rs.getString("version"),
                rs.getString("kind"),
                rs.getString("model_name"),
                rs.getString("content_hash"),
                rs.getString("uploaded_by"),
                rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                rs.getString("report_json"));
    }
}
