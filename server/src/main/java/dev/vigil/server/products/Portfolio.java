package dev.vigil.server.products;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portfolio: each readable product with its latest release's status, read in a fixed number of
 * queries whatever the number of products. A release's report never changes, so the part of its status
 * that does not depend on decisions is kept in memory once computed; decisions are read on each request.
 */
@Component
class Portfolio {

    /** The default horizon for "support ending soon": the engine's {@code platform-support-ending} rule's. */
    static final int DEFAULT_HORIZON_DAYS = 180;

    private static final int CACHED_REPORTS = 20_000;

    private static final String LATEST =
            "(SELECT product_id, MAX(id) AS id FROM product_release GROUP BY product_id) latest";

    private final JdbcClient db;
    private final int horizonDays;
    private final Map<Long, ReportView.Digest> digests =
            Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, ReportView.Digest> eldest) {
                    return size() > CACHED_REPORTS;
                }
            });

    Portfolio(JdbcClient db, @Value("${vigil.portfolio.support-horizon-days:180}") int horizonDays) {
        this.db = db;
        this.horizonDays = horizonDays;
    }

    int horizonDays() {
        return horizonDays;
    }

    /** A latest release, without its report. */
    record Latest(long id, String product, String version, String kind) {}

    /**
     * Of the end-of-support dates a release states: how many have passed on the date, how many fall within
     * the horizon after it, and the earliest of those with what it concerns.
     */
    record SupportSoon(int stated, int ended, int ending, Optional<LocalDate> earliest, String earliestSubject) {}

    record Row(
            ReleaseStore.Product product,
            Optional<Latest> latest,
            Map<String, Object> summary,
            Optional<SupportSoon> support) {}

    List<Row> rows(List<ReleaseStore.Product> products, LocalDate date, int days) {
        Map<String, Latest> latest = new HashMap<>();
        db.sql("SELECT r.id, r.product_id, r.version, r.kind FROM product_release r JOIN " + LATEST
                        + " ON r.id = latest.id")
                .query((rs, n) -> new Latest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list()
                .forEach(l -> latest.put(l.product(), l));
        loadMissingDigests(latest.values().stream().map(Latest::id).toList());
        Map<Long, Map<String, ReleaseStore.Decision>> decisions = new HashMap<>();
        db.sql("SELECT d.* FROM finding_decision d JOIN " + LATEST + " ON d.release_id = latest.id ORDER BY d.id")
                .query((rs, n) -> Map.entry(rs.getLong("release_id"), ReleaseStore.decision(rs)))
                .list()
                .forEach(e -> decisions
                        .computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                        .put(e.getValue().findingId(), e.getValue()));
        Map<Long, SupportSoon> support = support(date, days);
        List<Row> rows = new ArrayList<>();
        for (ReleaseStore.Product p : products) {
            Optional<Latest> l = Optional.ofNullable(latest.get(p.id()));
            rows.add(new Row(
                    p,
                    l,
                    l.map(r -> summary(r, decisions.getOrDefault(r.id(), Map.of())))
                            .orElse(Map.of()),
                    l.map(r -> support.get(r.id()))));
        }
        return rows;
    }

    private Map<String, Object> summary(Latest r, Map<String, ReleaseStore.Decision> decisions) {
        ReportView.Digest digest = digests.get(r.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", r.version());
        m.put("kind", r.kind());
        m.put("openBySeverity", digest.openBySeverity(decisions));
        m.put("uncontrolled", digest.uncontrolled());
        m.put("complianceGaps", digest.complianceGaps().orElse(null));
        m.put("vulnerabilities", digest.vulnerabilities());
        return m;
    }

    private void loadMissingDigests(List<Long> ids) {
        List<Long> missing = ids.stream().filter(id -> !digests.containsKey(id)).toList();
        for (int i = 0; i < missing.size(); i += 200) {
            List<Long> chunk = missing.subList(i, Math.min(missing.size(), i + 200));
            db.sql("SELECT id, report_json FROM product_release WHERE id IN ("
                            + chunk.stream().map(x -> "?").collect(Collectors.joining(",")) + ")")
                    .params(chunk)
                    .query((rs, n) -> Map.entry(
                            rs.getLong(1), ReportView.of(rs.getString(2)).digest()))
                    .list()
                    .forEach(e -> digests.put(e.getKey(), e.getValue()));
        }
    }

    /** Per latest release that states any end of support: how much has ended and how much ends soon. */
    private Map<Long, SupportSoon> support(LocalDate date, int days) {
        LocalDate horizon = date.plusDays(days);
        Map<Long, SupportSoon> out = new HashMap<>();
        db.sql("SELECT s.release_id, COUNT(*),"
                        + " SUM(CASE WHEN s.ends < ? THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN s.ends >= ? AND s.ends <= ? THEN 1 ELSE 0 END)"
                        + " FROM release_support_end s JOIN " + LATEST + " ON s.release_id = latest.id"
                        + " GROUP BY s.release_id")
                .params(date, date, horizon)
                .query(rs -> {
                    out.put(
                            rs.getLong(1),
                            new SupportSoon(rs.getInt(2), rs.getInt(3), rs.getInt(4), Optional.empty(), ""));
                });
        // The first date to act on, with what it concerns, where one falls before the horizon.
        db.sql("SELECT s.release_id, s.subject, s.ends FROM release_support_end s JOIN " + LATEST
                        + " ON s.release_id = latest.id WHERE s.ends <= ? ORDER BY s.ends DESC, s.subject DESC")
                .param(horizon)
                .query(rs -> {
                    String subject = rs.getString(2);
                    LocalDate ends = rs.getObject(3, LocalDate.class);
                    out.computeIfPresent(
                            rs.getLong(1),
                            (id, soon) -> new SupportSoon(
                                    soon.stated(), soon.ended(), soon.ending(), Optional.of(ends), subject));
                });
        return out;
    }
}
