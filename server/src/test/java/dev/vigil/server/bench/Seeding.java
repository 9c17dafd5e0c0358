package dev.vigil.server.bench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Rows written straight into the database: a portfolio too large to upload release by release. */
final class Seeding {
    private Seeding() {}

    /**
     * {@code products} products of {@code releases} releases each; the latest release of each holds
     * {@code report}, the earlier ones its summaries without the lists (nothing reads an earlier release's
     * report on the portfolio, and 10,000 full reports would only measure the disk).
     */
    static void portfolio(JdbcTemplate db, String report, String summaries, int products, int releases) {
        List<Object[]> productRows = new ArrayList<>();
        List<Object[]> releaseRows = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            String id = String.format("seed-%04d", p);
            productRows.add(new Object[] {id, "Seeded product " + p, "bench", ServerBench.now()});
            for (int r = 1; r <= releases; r++) {
                releaseRows.add(row(id, "1." + r, r == releases ? report : summaries));
            }
        }
        db.batchUpdate("INSERT INTO product (id, name, created_by, created_at) VALUES (?, ?, ?, ?)", productRows);
        for (int i = 0; i < releaseRows.size(); i += 500) {
            db.batchUpdate(INSERT_RELEASE, releaseRows.subList(i, Math.min(releaseRows.size(), i + 500)));
        }
    }

    static void release(JdbcTemplate db, String product, String version, String report) {
        db.update(INSERT_RELEASE, row(product, version, report));
    }

    /** A release row as a bench upload would have stored it, with a placeholder model and hash. */
    private static Object[] row(String product, String version, String report) {
        return new Object[] {
            product, version, "product", "model.yaml", "vigil: 1\n", "0".repeat(64), "bench", ServerBench.now(), report
        };
    }

    private static final String INSERT_RELEASE = "INSERT INTO product_release (product_id, version, kind, model_name,"
            + " model_text, content_hash, uploaded_by, uploaded_at, report_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
}
