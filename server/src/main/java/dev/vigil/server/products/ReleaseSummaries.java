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
    void updateOpen(long releaseId, ReportView.Digest report) {
        Map<String, Integer> open = report.openBySeverity(store.decisions(releaseId));
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
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<Long> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            db.sql("SELECT release_id, " + COLUMNS + " FROM release_summary WHERE release_id IN (" + marks(chunk) + ")")
                    .params(chunk)
                    .query(rs -> {
                        out.put(rs.getLong("release_id"), summary(rs));
                    });
        }
        List<Long> missing = all.stream().filter(id -> !out.containsKey(id)).toList();
        for (int i = 0; i < missing.size(); i += CHUNK) {
            out.putAll(backfill(missing.subList(i, Math.min(missing.size(), i + CHUNK))));
        }
        return out;
    }

    /** Reading rows by this many ids at a time keeps each query's parameter list short. */
    private static final int CHUNK = 200;

    /** Computes a release's summary from what is stored of it and stores it, unless stored meanwhile. */
    ReleaseSummary backfill(long releaseId) {
        return backfill(List.of(releaseId)).get(releaseId);
    }

    /**
     * Computes the summaries of releases stored without one from their stored reports, decisions and
     * support dates, read a chunk at a time (three queries, whatever the chunk's size), and stores each
     * unless another request stored it meanwhile.
     */
    private Map<Long, ReleaseSummary> backfill(List<Long> ids) {
        Map<Long, ReportView.Digest> reports = new HashMap<>();
        db.sql("SELECT id, report_json FROM product_release WHERE id IN (" + marks(ids) + ")")
                .params(ids)
                .query(rs -> {
                    reports.put(rs.getLong(1), ReportView.digestOf(rs.getString(2)));
                });
        Map<Long, Map<String, ReleaseStore.Decision>> decisions = new HashMap<>();
        db.sql("SELECT * FROM finding_decision WHERE release_id IN (" + marks(ids) + ") ORDER BY id")
                .params(ids)
                .query(rs -> {
                    ReleaseStore.Decision d = ReleaseStore.decision(rs);
                    decisions
                            .computeIfAbsent(rs.getLong("release_id"), k -> new LinkedHashMap<>())
                            .put(d.findingId(), d); // the latest recorded is the one in force
                });
        Map<Long, List<SupportEnds.SupportEnd>> ends = new HashMap<>();
        db.sql("SELECT release_id, kind, subject, ends FROM release_support_end WHERE release_id IN (" + marks(ids)
                        + ")")
                .params(ids)
                .query(rs -> {
                    ends.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new SupportEnds.SupportEnd(
                                    rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class)));
                });
        Map<Long, ReleaseSummary> out = new HashMap<>();
        for (Long id : ids) {
            ReportView.Digest report = reports.get(id);
            if (report == null) {
                throw new IllegalStateException("release " + id + " is not stored");
            }
            ReleaseSummary computed =
                    ReleaseSummary.of(report, decisions.getOrDefault(id, Map.of()), ends.getOrDefault(id, List.of()));
            try {
                insert(id, computed);
                out.put(id, computed);
            } catch (DuplicateKeyException storedMeanwhile) {
                out.put(id, get(id).orElseThrow(() -> storedMeanwhile));
            }
        }
        return out;
    }

    private static String marks(List<Long> ids) {
        return ids.stream().map(x -> "?").collect(Collectors.joining(","));
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
