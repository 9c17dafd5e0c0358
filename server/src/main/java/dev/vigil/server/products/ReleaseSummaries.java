package dev.vigil.server.products;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored {@link ReleaseSummary} of each release ({@code release_summary}, V5). Written with the release;
 * its open counts rewritten under a row lock when a decision changes, so two decisions at once on one
 * release cannot each overwrite the other's count. A release stored before V5 gets its row from its stored
 * report the first time it is asked for.
 */
@Repository
class ReleaseSummaries {

    private static final String COLUMNS = "findings, critical_findings, high_findings, medium_findings,"
            + " low_findings, info_findings, open_critical, open_high, open_medium, open_low, open_info,"
            + " uncontrolled, compliance_gaps, vulns_checked, vulnerabilities, support_stated, support_earliest,"
            + " support_subject";

    private final JdbcClient db;
    private final ReleaseStore store;

    ReleaseSummaries(JdbcClient db, ReleaseStore store) {
        this.db = db;
        this.store = store;
    }

    void insert(long releaseId, ReleaseSummary s) {
        List<Object> values = new ArrayList<>();
        values.add(releaseId);
        values.add(s.findings());
        ReleaseSummary.SEVERITIES.forEach(v -> values.add(s.bySeverity().get(v)));
        ReleaseSummary.SEVERITIES.forEach(v -> values.add(s.open(v)));
        values.add(s.uncontrolled());
        values.add(s.complianceGaps().orElse(null));
        values.add(s.vulnerabilitiesChecked());
        values.add(s.vulnerabilities().orElse(null));
        values.add(s.supportStated());
        values.add(s.supportEarliest().orElse(null));
        values.add(s.supportSubject());
        db.sql("INSERT INTO release_summary (release_id, " + COLUMNS + ") VALUES ("
                        + values.stream().map(v -> "?").collect(Collectors.joining(", ")) + ")")
                .params(values)
                .update();
    }

    Optional<ReleaseSummary> get(long releaseId) {
        return db.sql("SELECT " + COLUMNS + " FROM release_summary WHERE release_id = ?")
                .param(releaseId)
                .query((rs, n) -> summary(rs))
                .optional();
    }

    /**
     * Makes sure the release has its row, computing it from the stored report when it has none (a release
     * stored before V5). Runs in its own statement: a concurrent first read stores the same row once.
     */
    void ensure(long releaseId) {
        if (get(releaseId).isEmpty()) {
            backfill(releaseId);
        }
    }

    /**
     * Locks a release's row until the calling transaction ends: call it first in a transaction that records
     * a decision, so decisions recorded at once are counted one after the other.
     */
    void lock(long releaseId) {
        db.sql("SELECT release_id FROM release_summary WHERE release_id = ? FOR UPDATE")
                .param(releaseId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new IllegalStateException("release " + releaseId + " has no summary row"));
    }

    /**
     * Rewrites the open counts of a release after its decisions changed, inside the transaction that holds
     * {@link #lock}: the decisions read here include every one committed before.
     */
    void updateOpen(long releaseId, ReportView report) {
        Map<String, Integer> open = report.digest().openBySeverity(store.decisions(releaseId));
        List<Object> values = new ArrayList<>();
        ReleaseSummary.SEVERITIES.forEach(s -> values.add(open.getOrDefault(s, 0)));
        values.add(releaseId);
        db.sql("UPDATE release_summary SET open_critical = ?, open_high = ?, open_medium = ?, open_low = ?,"
                        + " open_info = ? WHERE release_id = ?")
                .params(values)
                .update();
    }

    /**
     * The summaries of releases {@code ids}: those stored, and the missing ones computed from their stored
     * reports and stored.
     */
    Map<Long, ReleaseSummary> of(Collection<Long> ids) {
        Map<Long, ReleaseSummary> out = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += 500) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + 500));
            db.sql("SELECT release_id, " + COLUMNS + " FROM release_summary WHERE release_id IN ("
                            + chunk.stream().map(x -> "?").collect(Collectors.joining(",")) + ")")
                    .params(chunk)
                    .query(rs -> {
                        out.put(rs.getLong("release_id"), summary(rs));
                    });
        }
        for (Long id : all) {
            if (!out.containsKey(id)) {
                out.put(id, backfill(id));
            }
        }
        return out;
    }

    /** Computes a release's summary from what is stored of it and stores it, unless stored meanwhile. */
    ReleaseSummary backfill(long releaseId) {
        ReleaseStore.Release release = store.release(releaseId).orElseThrow();
        ReleaseSummary computed = ReleaseSummary.of(
                ReportView.of(release.reportJson()), store.decisions(releaseId), store.supportEnds(releaseId));
        try {
            insert(releaseId, computed);
            return computed;
        } catch (DuplicateKeyException storedMeanwhile) {
            return get(releaseId).orElseThrow(() -> storedMeanwhile);
        }
    }

    static ReleaseSummary summary(ResultSet rs) throws SQLException {
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        Map<String, Integer> open = new LinkedHashMap<>();
        for (String s : ReleaseSummary.SEVERITIES) {
            bySeverity.put(s, rs.getInt(s + "_findings"));
            open.put(s, rs.getInt("open_" + s));
        }
        return new ReleaseSummary(
                rs.getInt("findings"),
                bySeverity,
                open,
                rs.getInt("uncontrolled"),
                Optional.ofNullable(rs.getObject("compliance_gaps", Integer.class)),
                rs.getBoolean("vulns_checked"),
                Optional.ofNullable(rs.getObject("vulnerabilities", Integer.class)),
                rs.getInt("support_stated"),
                Optional.ofNullable(rs.getObject("support_earliest", LocalDate.class)),
                rs.getString("support_subject"));
    }
}
