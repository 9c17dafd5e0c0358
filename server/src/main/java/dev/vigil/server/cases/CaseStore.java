package dev.vigil.server.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Cases, the releases they concern and their publications as rows. */
@Repository
class CaseStore {

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    CaseStore(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    /** A stored case: its document and the triage around it. */
    record StoredCase(
            long ref,
            String product,
            String caseId,
            String title,
            String source,
            String state,
            boolean draft,
            Optional<String> assignee,
            Optional<String> vulnerability,
            Optional<Long> releaseId,
            String text,
            String createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    record CaseRelease(long releaseId, String version, String element, String component) {}

    /** A published CSAF document: a case's advisory ({@code caseRef}) or a release's VEX ({@code releaseId}). */
    record Publication(
            long id,
            Optional<Long> caseRef,
            Optional<Long> releaseId,
            String product,
            String fileName,
            int year,
            String category,
            String document,
            String sha256,
            String username,
            String printedName,
            String meaning,
            Instant publishedAt) {}

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    private static final String INSERT_CASE =
            "INSERT INTO vuln_case (product_id, case_id, title, source, state, draft, assignee, vulnerability,"
                    + " release_id, case_text, created_by, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The values of {@link #INSERT_CASE} for {@code c}, in its column order. */
    private static Object[] row(StoredCase c, String createdBy, Instant createdAt, Instant updatedAt) {
        return new Object[] {
            c.product(),
            c.caseId(),
            c.title(),
            c.source(),
            c.state(),
            c.draft(),
            c.assignee().orElse(null),
            c.vulnerability().orElse(null),
            c.releaseId().orElse(null),
            c.text(),
            createdBy,
            utc(createdAt),
            utc(updatedAt)
        };
    }

    long insert(StoredCase c) {
        db.sql(INSERT_CASE)
                .params(row(c, c.createdBy(), c.createdAt(), c.updatedAt()))
                .update();
        return find(c.product(), c.caseId()).orElseThrow().ref();
    }

    void update(long ref, String state, boolean draft, Optional<String> assignee, String text, Instant at) {
        db.sql("UPDATE vuln_case SET state = ?, draft = ?, assignee = ?, case_text = ?, updated_at = ? WHERE id = ?")
                .params(state, draft, assignee.orElse(null), text, utc(at), ref)
                .update();
    }

    Optional<StoredCase> find(String product, String caseId) {
        return db.sql("SELECT * FROM vuln_case WHERE product_id = ? AND case_id = ?")
                .params(product, caseId)
                .query(CaseStore::stored)
                .optional();
    }

    Optional<StoredCase> find(long ref) {
        return db.sql("SELECT * FROM vuln_case WHERE id = ?")
                .param(ref)
                .query(CaseStore::stored)
                .optional();
    }

    /** Newest first; every product when {@code product} is empty. */
    List<StoredCase> list(Optional<String> product) {
        return product.isPresent()
                ? db.sql("SELECT * FROM vuln_case WHERE product_id = ? ORDER BY id DESC")
                        .param(product.get())
                        .query(CaseStore::stored)
                        .list()
                : db.sql("SELECT * FROM vuln_case ORDER BY id DESC")
                        .query(CaseStore::stored)
                        .list();
    }

    void insertRelease(long ref, long releaseId, String element, String component) {
        db.sql("INSERT INTO case_release (case_ref, release_id, element_id, component) SELECT ?, ?, ?, ?"
                        + " FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM case_release"
                        + " WHERE case_ref = ? AND release_id = ? AND element_id = ? AND component = ?)")
                .params(ref, releaseId, element, component, ref, releaseId, element, component)
                .update();
    }

    /** An open case as the monitor needs it: which case a new match about its subject joins. */
    record OpenCase(long ref, String caseId) {}

    /**
     * The oldest case that is not closed per product and vulnerability, keyed {@code product\u0000vulnerability}:
     * the case a feed match about that pair joins.
     */
    Map<String, OpenCase> openFeedSubjects() {
        Map<String, OpenCase> open = new HashMap<>();
        db.sql("SELECT id, product_id, case_id, vulnerability FROM vuln_case WHERE state <> 'closed'"
                        + " AND vulnerability IS NOT NULL ORDER BY id")
                .query(rs -> {
                    open.putIfAbsent(
                            rs.getString(2) + "\u0000" + rs.getString(4), new OpenCase(rs.getLong(1), rs.getString(3)));
                });
        return open;
    }

    /** The case ids starting with {@code prefix}, keyed {@code product\u0000caseId}. */
    Set<String> caseIds(String prefix) {
        Set<String> ids = new HashSet<>();
        db.sql("SELECT product_id, case_id FROM vuln_case WHERE case_id LIKE ?")
                .param(prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .query(rs -> {
                    ids.add(rs.getString(1) + "\u0000" + rs.getString(2));
                });
        return ids;
    }

    /**
     * Inserts {@code cases} in one batch, all created by {@code createdBy} at {@code at}; returns their row ids
     * keyed {@code product\u0000caseId}.
     */
    Map<String, Long> insertAll(List<StoredCase> cases, String createdBy, Instant at) {
        Map<String, Long> refs = new HashMap<>();
        if (cases.isEmpty()) {
            return refs;
        }
        List<Object[]> rows = new ArrayList<>(cases.size());
        for (StoredCase c : cases) {
            rows.add(row(c, createdBy, at, at));
        }
        jdbc.batchUpdate(INSERT_CASE, rows);
        Set<String> inserted = new HashSet<>();
        cases.forEach(c -> inserted.add(c.product() + "\u0000" + c.caseId()));
        // The batch's own rows: same creator and creation time, and one of the keys just written.
        db.sql("SELECT id, product_id, case_id FROM vuln_case WHERE created_by = ? AND created_at = ?")
                .params(createdBy, utc(at))
                .query(rs -> {
                    String key = rs.getString(2) + "\u0000" + rs.getString(3);
                    if (inserted.contains(key)) {
                        refs.put(key, rs.getLong(1));
                    }
                });
        return refs;
    }

    /** A component a case names, of the monitor's index: the case concerns every release holding it. */
    record CaseComponent(long caseRef, String product, long componentId, String label) {}

    /**
     * Adds the components a case does not name yet; returns how many were added. The case then concerns every
     * release of its product whose SBOM holds one of them, as the monitor's index says ({@link #releases}).
     */
    int insertComponents(List<CaseComponent> components) {
        Map<Long, Set<Long>> held = new HashMap<>();
        Set<Long> refs = new HashSet<>();
        components.forEach(c -> refs.add(c.caseRef()));
        for (List<Long> batch : batches(List.copyOf(refs))) {
            db.sql("SELECT case_ref, component_id FROM case_component WHERE case_ref IN ("
                            + String.join(", ", java.util.Collections.nCopies(batch.size(), "?")) + ")")
                    .params(batch.toArray())
                    .query(rs -> {
                        held.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                                .add(rs.getLong(2));
                    });
        }
        List<Object[]> rows = new ArrayList<>();
        for (CaseComponent c : components) {
            if (held.computeIfAbsent(c.caseRef(), k -> new HashSet<>()).add(c.componentId())) {
                rows.add(new Object[] {c.caseRef(), c.componentId(), c.label()});
            }
        }
        for (int i = 0; i < rows.size(); i += 5_000) {
            jdbc.batchUpdate(
                    "INSERT INTO case_component (case_ref, component_id, component) VALUES (?, ?, ?)",
                    rows.subList(i, Math.min(rows.size(), i + 5_000)));
        }
        return rows.size();
    }

    private static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }

    /**
     * The releases a case concerns: those stored with it (intake, earlier feed cases) and those of its product
     * holding a component it names, through the monitor's index of which release holds which component.
     */
    List<CaseRelease> releases(long ref) {
        return db.sql("SELECT cr.release_id, r.version, cr.element_id, cr.component FROM case_release cr"
                        + " JOIN product_release r ON r.id = cr.release_id WHERE cr.case_ref = ?"
                        + " UNION SELECT rc.release_id, r.version, rc.element_id, cc.component FROM case_component cc"
                        + " JOIN vuln_case c ON c.id = cc.case_ref"
                        + " JOIN release_component rc ON rc.component_id = cc.component_id"
                        + " JOIN product_release r ON r.id = rc.release_id AND r.product_id = c.product_id"
                        + " WHERE cc.case_ref = ? ORDER BY 1, 3, 4")
                .params(ref, ref)
                .query((rs, n) -> new CaseRelease(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void insertPublication(Publication p) {
        db.sql("INSERT INTO case_publication (case_ref, release_id, product_id, file_name, pub_year, category,"
                        + " document, sha256, username, printed_name, meaning, published_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        p.caseRef().orElse(null),
                        p.releaseId().orElse(null),
                        p.product(),
                        p.fileName(),
                        p.year(),
                        p.category(),
                        p.document(),
                        p.sha256(),
                        p.username(),
                        p.printedName(),
                        p.meaning(),
                        utc(p.publishedAt()))
                .update();
    }

    List<Publication> publications(long caseRef) {
        return db.sql("SELECT * FROM case_publication WHERE case_ref = ? ORDER BY id")
                .param(caseRef)
                .query(CaseStore::publication)
                .list();
    }

    /** The VEX documents published for a release, oldest first. */
    List<Publication> releasePublications(long releaseId) {
        return db.sql("SELECT * FROM case_publication WHERE release_id = ? ORDER BY id")
                .param(releaseId)
                .query(CaseStore::publication)
                .list();
    }

    /** The newest publication of every file, oldest file first: the provider directory's content. */
    List<Publication> published() {
        return db.sql("SELECT * FROM case_publication p WHERE p.id = (SELECT MAX(q.id) FROM case_publication q"
                        + " WHERE q.pub_year = p.pub_year AND q.file_name = p.file_name) ORDER BY p.id")
                .query(CaseStore::publication)
                .list();
    }

    Optional<Publication> published(int year, String fileName) {
        return db.sql("SELECT * FROM case_publication WHERE pub_year = ? AND file_name = ? ORDER BY id DESC LIMIT 1")
                .params(year, fileName)
                .query(CaseStore::publication)
                .optional();
    }

    private static StoredCase stored(ResultSet rs, int row) throws SQLException {
        long release = rs.getLong("release_id");
        Optional<Long> releaseId = rs.wasNull() ? Optional.empty() : Optional.of(release);
        return new StoredCase(
                rs.getLong("id"),
                rs.getString("product_id"),
                rs.getString("case_id"),
                rs.getString("title"),
                rs.getString("source"),
                rs.getString("state"),
                rs.getBoolean("draft"),
                Optional.ofNullable(rs.getString("assignee")),
                Optional.ofNullable(rs.getString("vulnerability")),
                releaseId,
                rs.getString("case_text"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static Publication publication(ResultSet rs, int row) throws SQLException {
        long caseRef = rs.getLong("case_ref");
        Optional<Long> ofCase = rs.wasNull() ? Optional.empty() : Optional.of(caseRef);
        long releaseId = rs.getLong("release_id");
        Optional<Long> ofRelease = rs.wasNull() ? Optional.empty() : Optional.of(releaseId);
        return new Publication(
                rs.getLong("id"),
                ofCase,
                ofRelease,
                rs.getString("product_id"),
                rs.getString("file_name"),
                rs.getInt("pub_year"),
                rs.getString("category"),
                rs.getString("document"),
                rs.getString("sha256"),
                rs.getString("username"),
                rs.getString("printed_name"),
                rs.getString("meaning"),
                rs.getObject("published_at", OffsetDateTime.class).toInstant());
    }
}
