package dev.vigil.server.products;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portfolio: each readable product with its latest release's status, read in a fixed number of
 * queries whatever the number of products: the latest releases with their stored summaries (no report is
 * parsed, except once for a release stored before its summary existed), then the end-of-support counts for
 * the date asked about.
 */
@Component
class Portfolio {

    /** The default horizon for "support ending soon": the engine's {@code platform-support-ending} rule's. */
    static final int DEFAULT_HORIZON_DAYS = 180;

    private static final String LATEST =
            "(SELECT product_id, MAX(id) AS id FROM product_release GROUP BY product_id) latest";

    private final JdbcClient db;
    private final ReleaseSummaries summaries;
    private final int horizonDays;

    Portfolio(
            JdbcClient db,
            ReleaseSummaries summaries,
            @Value("${vigil.portfolio.support-horizon-days:180}") int horizonDays) {
        this.db = db;
        this.summaries = summaries;
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
        Map<Long, ReleaseSummary> stored = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        db.sql("SELECT r.id, r.product_id, r.version, r.kind, s.* FROM product_release r JOIN " + LATEST
                        + " ON r.id = latest.id LEFT JOIN release_summary s ON s.release_id = r.id")
                .query(rs -> {
                    Latest l = new Latest(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    latest.put(l.product(), l);
                    if (rs.getObject("release_id") == null) {
                        missing.add(l.id());
                    } else {
                        stored.put(l.id(), ReleaseSummaries.summary(rs));
                    }
                });
        stored.putAll(summaries.of(missing));
        Map<Long, SupportSoon> support = support(stored, date, days);
        List<Row> rows = new ArrayList<>();
        for (ReleaseStore.Product p : products) {
            Optional<Latest> l = Optional.ofNullable(latest.get(p.id()));
            rows.add(new Row(
                    p,
                    l,
                    l.map(r -> summary(r, stored.get(r.id()))).orElse(Map.of()),
                    l.map(r -> support.get(r.id()))));
        }
        return rows;
    }

    /** The row's cells, by the names the page reads. */
    private static Map<String, Object> summary(Latest r, ReleaseSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", r.version());
        m.put("kind", r.kind());
        m.put("openBySeverity", s.openBySeverity());
        m.put("uncontrolled", s.uncontrolled());
        m.put("complianceGaps", s.complianceGaps().orElse(null));
        Map<String, Object> vulnerabilities = new LinkedHashMap<>();
        vulnerabilities.put("checked", s.vulnerabilitiesChecked());
        s.vulnerabilities().ifPresent(n -> vulnerabilities.put("scan", Map.of("vulnerabilities", n)));
        m.put("vulnerabilities", vulnerabilities);
        return m;
    }

    /**
     * Per latest release that states any end of support: how much has ended and how much ends soon (one
     * query, as those depend on the date), and the earliest date when it falls within the horizon (stored).
     */
    private Map<Long, SupportSoon> support(Map<Long, ReleaseSummary> summaries, LocalDate date, int days) {
        LocalDate horizon = date.plusDays(days);
        Map<Long, SupportSoon> out = new HashMap<>();
        db.sql("SELECT s.release_id,"
                        + " SUM(CASE WHEN s.ends < ? THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN s.ends >= ? AND s.ends <= ? THEN 1 ELSE 0 END)"
                        + " FROM release_support_end s JOIN " + LATEST + " ON s.release_id = latest.id"
                        + " GROUP BY s.release_id")
                .params(date, date, horizon)
                .query(rs -> {
                    ReleaseSummary summary = summaries.get(rs.getLong(1));
                    if (summary == null) {
                        return; // uploaded since the releases above were read: shown on the next request
                    }
                    Optional<LocalDate> earliest = summary.supportEarliest().filter(d -> !d.isAfter(horizon));
                    out.put(
                            rs.getLong(1),
                            new SupportSoon(
                                    summary.supportStated(),
                                    rs.getInt(2),
                                    rs.getInt(3),
                                    earliest,
                                    earliest.isPresent() ? summary.supportSubject() : ""));
                });
        return out;
    }
}
