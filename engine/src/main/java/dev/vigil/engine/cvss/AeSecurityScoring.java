package dev.vigil.engine.cvss;

import org.metaeffekt.core.security.cvss.v3.Cvss3;
import org.metaeffekt.core.security.cvss.v3.Cvss3P0;
import org.metaeffekt.core.security.cvss.v3.Cvss3P1;
import org.metaeffekt.core.security.cvss.v4P0.Cvss4P0;

/**
 * The arithmetic, delegated to metaeffekt's ae-security (docs/adr/0001-cvss-scoring-library.md):
 * it passes every vector in the shared CVSS corpus. It only ever sees vectors our grammar
 * accepted, because it scores unknown metrics and values leniently instead of rejecting them.
 */
final class AeSecurityScoring {
    private AeSecurityScoring() {}

    static CvssScore score(ParsedVector parsed) {
        String vector = parsed.normalized();
        double base;
        double specific;
        if (parsed.version() == CvssVersion.V4_0) {
            // v4.0 has one formula over all metrics (CVSS-B, -BT, -BE, -BTE). The library's
            // getBaseScore() already applies CR/IR/AR, so CVSS-B is the score of the base metrics alone.
            base = checked(new Cvss4P0(parsed.baseVector()).getOverallScore(), vector);
            specific = checked(new Cvss4P0(vector).getOverallScore(), vector);
        } else {
            Cvss3 v3 = parsed.version() == CvssVersion.V3_0 ? new Cvss3P0(vector) : new Cvss3P1(vector);
            base = checked(v3.getBaseScore(), vector);
            specific = checked(mostSpecific(v3, parsed), vector);
        }
        return new CvssScore(parsed.version(), vector, base, specific, parsed.groups());
    }

    /**
     * The library answers NaN for a group the vector does not define, and v3.1's environmental
     * formula differs from the base one even with every environmental metric undefined; so the
     * groups the vector defines pick the score.
     */
    private static double mostSpecific(Cvss3 v3, ParsedVector parsed) {
        if (parsed.groups().contains(MetricGroup.ENVIRONMENTAL)) {
            return v3.getEnvironmentalScore();
        }
        if (parsed.groups().contains(MetricGroup.TEMPORAL)) {
            return v3.getTemporalScore();
        }
        return v3.getBaseScore();
    }

    /** NaN means the library could not score the vector; after our grammar that is a bug. */
    private static double checked(double score, String vector) {
        if (Double.isNaN(score)) {
            throw new IllegalStateException("no score from ae-security for " + vector);
        }
        return score;
    }
}
