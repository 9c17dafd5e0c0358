package dev.vigil.engine.cvss;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The scores of one valid vector.
 *
 * @param version the CVSS version named by the vector's prefix
 * @param vector the vector with its metrics in specification order
 * @param baseScore the score of the base metrics alone (v4.0: CVSS-B)
 * @param score the most specific score the vector carries: v3 environmental if any environmental
 *     metric is defined, else temporal if any temporal metric is defined, else base; v4.0 the score
 *     of all metrics together (CVSS-B, -BT, -BE or -BTE)
 * @param groups the metric groups the vector defines (a metric set to {@code X} defines nothing)
 */
public record CvssScore(CvssVersion version, String vector, double baseScore, double score, Set<MetricGroup> groups) {

    public CvssScore {
        Objects.requireNonNull(version, "version == null");
        Objects.requireNonNull(vector, "vector == null");
        Objects.requireNonNull(groups, "groups == null");
        CvssSeverity.of(baseScore);
        CvssSeverity.of(score);
        if (!groups.contains(MetricGroup.BASE)) {
            throw new IllegalArgumentException("groups lack BASE: " + groups);
        }
        groups = Collections.unmodifiableSet(EnumSet.copyOf(groups));
    }

    /** The rating of {@link #score()}. */
    public CvssSeverity severity() {
        return CvssSeverity.of(score);
    }

    /** The rating of {@link #baseScore()}. */
    public CvssSeverity baseSeverity() {
        return CvssSeverity.of(baseScore);
    }

    /** The most specific score with one decimal, as the specifications print it: {@code 9.8}. */
    public String formattedScore() {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
