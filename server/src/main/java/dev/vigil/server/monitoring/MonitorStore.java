package dev.vigil.server.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The monitor's rows: feed setting and imports, the component index, the match baseline. */
@Repository
class MonitorStore {

    /** Bound parameters per IN list: PostgreSQL and H2 both take this many comfortably. */
    static final int BATCH = 500;

    private final JdbcClient db;
    private final JdbcTemplate jdbc;

    MonitorStore(JdbcClient db, JdbcTemplate jdbc) {
        this.db = db;
        this.jdbc = jdbc;
    }

    record Setting(String folder, String setBy, Instant setAt) {}

    record FeedImport(
            long id,
            String folder,
            String requestedBy,
            Instant startedAt,
            Instant finishedAt,
            boolean succeeded,
            long osv,
            long nvd,
            long csaf,
            long kevChanges,
            long epssScores,
            long changedKeys,
            String summary,
            Optional<String> recheck) {}

    /** One distinct component as the matcher reads it. */
    record StoredComponent(
            long id,
            String ref,
            String type,
            String group,
            String name,
            String version,
            String purl,
            String cpe,
            String supplier,
            String author) {}

    /** What the last check found for one component and vulnerability. */
    record StoredMatch(String vulnerability, double priority, String band, boolean kev, Double epss) {}

    /** A release holding a component, in one model element's SBOM. */
    record Holder(long releaseId, String product, String version, String element, String sbom) {}

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }

    // ---- setting and imports

    Optional<Setting> setting() {
        return db.sql("SELECT folder, set_by, set_at FROM feed_setting WHERE id = 1")
                .query((rs, n) -> new Setting(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    void saveSetting(Setting s) {
        int updated = db.sql("UPDATE feed_setting SET folder = ?, set_by = ?, set_at = ? WHERE id = 1")
                .params(s.folder(), s.setBy(), utc(s.setAt()))
                .update();
        if (updated == 0) {
            db.sql("INSERT INTO feed_setting (id, folder, set_by, set_at) VALUES (1, ?, ?, ?)")
                    .params(s.folder(), s.setBy(), utc(s.setAt()))
                    .update();
        }
    }

    long insertImport(FeedImport i) {
        db.sql("INSERT INTO feed_import (folder, requested_by, started_at, finished_at, succeeded, osv_records,"
                        + " nvd_records, csaf_records, kev_changes, epss_scores, changed_keys, summary)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        i.folder(),
                        i.requestedBy(),
                        utc(i.startedAt()),
                        utc(i.finishedAt()),
                        i.succeeded(),
                        i.osv(),
                        i.nvd(),
                        i.csaf(),
                        i.kevChanges(),
                        i.epssScores(),
                        i.changedKeys(),
                        i.summary())
                .update();
        return db.sql("SELECT MAX(id) FROM feed_import WHERE started_at = ? AND folder = ?")
                .params(utc(i.startedAt()), i.folder())
                .query(Long.class)
                .single();
    }

    void insertChangedKeys(long importId, Collection<String> keys) {
        for (String key : keys) {
            db.sql("INSERT INTO feed_changed_key (import_id, lookup_key) VALUES (?, ?)")
                    .params(importId, key)
                    .update();
        }
    }

    List<String> changedKeys(long importId) {
        return db.sql("SELECT lookup_key FROM feed_changed_key WHERE import_id = ?")
                .param(importId)
                .query(String.class)
                .list();
    }

    void deleteChangedKeys(long importId) {
        db.sql("DELETE FROM feed_changed_key WHERE import_id = ?")
                .param(importId)
                .update();
    }

    Optional<FeedImport> feedImport(long id) {
        return db.sql("SELECT * FROM feed_import WHERE id = ?")
                .param(id)
                .query(MonitorStore::feedImport)
                .optional();
    }

    /** Newest first. */
    List<FeedImport> imports(int limit) {
        return db.sql("SELECT * FROM feed_import ORDER BY id DESC LIMIT " + limit)
                .query(MonitorStore::feedImport)
                .list();
    }

    /** Per source (osv, nvd, csaf, kev, epss): the end of the last successful import that brought any of it. */
    Map<String, Instant> freshness() {
        Map<String, Instant> last = new java.util.LinkedHashMap<>();
        for (String[] column : new String[][] {
            {"osv", "osv_records"},
            {"nvd", "nvd_records"},
            {"csaf", "csaf_records"},
            {"kev", "kev_changes"},
            {"epss", "epss_scores"}
        }) {
            db.sql("SELECT MAX(finished_at) FROM feed_import WHERE succeeded AND " + column[1] + " > 0")
                    .query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                    .single()
                    .ifPresent(at -> last.put(column[0], at.toInstant()));
        }
        return last;
    }

    // ---- the component index

    /** Releases not indexed yet, oldest first. */
    List<Long> unindexedReleases() {
        return db.sql("SELECT r.id FROM product_release r LEFT JOIN monitored_release m ON m.release_id = r.id"
                        + " WHERE m.release_id IS NULL ORDER BY r.id")
                .query(Long.class)
                .list();
    }

    Optional<Long> componentByFingerprint(String fingerprint) {
        return db.sql("SELECT id FROM monitored_component WHERE fingerprint = ?")
                .param(fingerprint)
                .query(Long.class)
                .optional();
    }

    long insertComponent(String fingerprint, StoredComponent c, List<String> keys) {
        db.sql("INSERT INTO monitored_component (fingerprint, ref, type, grp, name, version, purl, cpe, supplier,"
                        + " author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        fingerprint,
                        c.ref(),
                        c.type(),
                        c.group(),
                        c.name(),
                        c.version(),
                        c.purl(),
                        c.cpe(),
                        c.supplier(),
                        c.author())
                .update();
        long id = componentByFingerprint(fingerprint).orElseThrow();
        for (String key : new LinkedHashSet<>(keys)) {
            db.sql("INSERT INTO monitored_key (lookup_key, component_id) VALUES (?, ?)")
                    .params(key, id)
                    .update();
        }
        return id;
    }

    void insertReleaseComponent(long releaseId, String element, String sbom, long componentId) {
        db.sql("INSERT INTO release_component (release_id, element_id, sbom_name, component_id)"
                        + " SELECT ?, ?, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS (SELECT 1 FROM"
                        + " release_component WHERE release_id = ? AND element_id = ? AND component_id = ?)")
                .params(releaseId, element, sbom, componentId, releaseId, element, componentId)
                .update();
    }

    void insertMonitoredRelease(long releaseId, Instant at, int components, String ecosystemsMissing) {
        db.sql("INSERT INTO monitored_release (release_id, indexed_at, components, ecosystems_missing)"
                        + " VALUES (?, ?, ?, ?)")
                .params(releaseId, utc(at), components, ecosystemsMissing)
                .update();
    }

    /** Ecosystems without data per indexed release of {@code product}, by version; releases lacking none omitted. */
    Map<String, String> ecosystemsMissing(String product) {
        Map<String, String> missing = new java.util.TreeMap<>();
        db.sql("SELECT r.version, m.ecosystems_missing FROM monitored_release m JOIN product_release r"
                        + " ON r.id = m.release_id WHERE r.product_id = ? AND m.ecosystems_missing <> ''")
                .param(product)
                .query(rs -> {
                    missing.put(rs.getString(1), rs.getString(2));
                });
        return missing;
    }

    long indexedReleases() {
        return db.sql("SELECT COUNT(*) FROM monitored_release")
                .query(Long.class)
                .single();
    }

    long distinctComponents() {
        return db.sql("SELECT COUNT(*) FROM monitored_component")
                .query(Long.class)
                .single();
    }

    /** The distinct components carrying any of {@code keys}. */
    Set<Long> componentsUnder(Collection<String> keys) {
        Set<Long> ids = new java.util.TreeSet<>();
        for (List<String> batch : batches(List.copyOf(keys))) {
            ids.addAll(db.sql("SELECT DISTINCT component_id FROM monitored_key WHERE lookup_key IN ("
                            + marks(batch.size()) + ")")
                    .params(batch.toArray())
                    .query(Long.class)
                    .list());
        }
        return ids;
    }

    /** Components with any match: the ones a KEV or EPSS change can re-rank. */
    Set<Long> componentsWithMatches() {
        return new java.util.TreeSet<>(db.sql("SELECT DISTINCT component_id FROM component_match")
                .query(Long.class)
                .list());
    }

    List<StoredComponent> components(List<Long> ids) {
        return db.sql("SELECT * FROM monitored_component WHERE id IN (" + marks(ids.size()) + ")")
                .params(ids.toArray())
                .query((rs, n) -> new StoredComponent(
                        rs.getLong("id"),
                        rs.getString("ref"),
                        rs.getString("type"),
                        rs.getString("grp"),
                        rs.getString("name"),
                        rs.getString("version"),
                        rs.getString("purl"),
                        rs.getString("cpe"),
                        rs.getString("supplier"),
                        rs.getString("author")))
                .list();
    }

    /** The baseline of each of {@code ids}: component id → vulnerability → match. */
    Map<Long, Map<String, StoredMatch>> matches(List<Long> ids) {
        Map<Long, Map<String, StoredMatch>> out = new HashMap<>();
        db.sql("SELECT * FROM component_match WHERE component_id IN (" + marks(ids.size()) + ")")
                .params(ids.toArray())
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong("component_id"), k -> new HashMap<>())
                            .put(rs.getString("vulnerability"), match(rs));
                });
        return out;
    }

    /** A new match of a component, to insert with others in one batch. */
    record NewMatch(long componentId, StoredMatch match) {}

    /**
     * Inserts new matches in JDBC batches (a re-check can add thousands); a match another re-check stored
     * meanwhile is left as it is.
     */
    void insertMatches(List<NewMatch> matches, Instant at) {
        for (List<NewMatch> batch : batches(matches)) {
            jdbc.batchUpdate(
                    "INSERT INTO component_match (component_id, vulnerability, priority, band, kev, epss, first_seen,"
                            + " checked_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? FROM (VALUES (1)) AS one (x) WHERE NOT EXISTS"
                            + " (SELECT 1 FROM component_match WHERE component_id = ? AND vulnerability = ?)",
                    batch.stream()
                            .map(n -> new Object[] {
                                n.componentId(),
                                n.match().vulnerability(),
                                n.match().priority(),
                                n.match().band(),
                                n.match().kev(),
                                n.match().epss(),
                                utc(at),
                                utc(at),
                                n.componentId(),
                                n.match().vulnerability()
                            })
                            .toList());
        }
    }

    void updateMatch(long componentId, StoredMatch m, Instant at) {
        db.sql("UPDATE component_match SET priority = ?, band = ?, kev = ?, epss = ?, checked_at = ?"
                        + " WHERE component_id = ? AND vulnerability = ?")
                .params(m.priority(), m.band(), m.kev(), m.epss(), utc(at), componentId, m.vulnerability())
                .update();
    }

    void deleteMatch(long componentId, String vulnerability) {
        db.sql("DELETE FROM component_match WHERE component_id = ? AND vulnerability = ?")
                .params(componentId, vulnerability)
                .update();
    }

    /** The releases holding each of {@code ids}: component id to holders, by release. */
    Map<Long, List<Holder>> holders(List<Long> ids) {
        Map<Long, List<Holder>> out = new HashMap<>();
        for (List<Long> batch : batches(ids)) {
            db.sql("SELECT rc.component_id, rc.release_id, r.product_id, r.version, rc.element_id, rc.sbom_name"
                            + " FROM release_component rc JOIN product_release r ON r.id = rc.release_id"
                            + " WHERE rc.component_id IN (" + marks(batch.size()) + ") ORDER BY rc.release_id")
                    .params(batch.toArray())
                    .query(rs -> {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Holder(
                                        rs.getLong(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getString(5),
                                        rs.getString(6)));
                    });
        }
        return out;
    }

    static <T> List<List<T>> batches(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return out;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static StoredMatch match(ResultSet rs) throws SQLException {
        double epss = rs.getDouble("epss");
        Double score = rs.wasNull() ? null : epss;
        return new StoredMatch(
                rs.getString("vulnerability"),
                rs.getDouble("priority"),
                rs.getString("band"),
                rs.getBoolean("kev"),
                score);
    }

    /** What the re-check of an import did, once it ran. */
    private static Optional<String> recheck(ResultSet rs) throws SQLException {
        if (rs.getObject("rechecked_at") == null) {
            return Optional.empty();
        }
        return Optional.of(
                rs.getLong("components_checked") + " components re-checked in " + rs.getLong("recheck_millis")
                        + " ms: " + rs.getLong("matches_added") + " new matches, " + rs.getLong("matches_changed")
                        + " re-ranked, " + rs.getLong("matches_removed") + " gone; " + rs.getLong("cases_opened")
                        + " draft cases opened");
    }

    void recordRecheck(
            long importId, Instant at, long checked, long added, long changed, long removed, long cases, long millis) {
        db.sql(
                        "UPDATE feed_import SET rechecked_at = ?, components_checked = ?, matches_added = ?,"
                                + " matches_changed = ?, matches_removed = ?, cases_opened = ?, recheck_millis = ? WHERE id = ?")
                .params(utc(at), checked, added, changed, removed, cases, millis, importId)
                .update();
    }

    private static FeedImport feedImport(ResultSet rs, int row) throws SQLException {
        return new FeedImport(
                rs.getLong("id"),
                rs.getString("folder"),
                rs.getString("requested_by"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                rs.getObject("finished_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("succeeded"),
                rs.getLong("osv_records"),
                rs.getLong("nvd_records"),
                rs.getLong("csaf_records"),
                rs.getLong("kev_changes"),
                rs.getLong("epss_scores"),
                rs.getLong("changed_keys"),
                rs.getString("summary"),
                recheck(rs));
    }
}
