package dev.vigil.server.monitoring;

/** Made-up feed records for the monitoring tests, the browser journey and the benchmark. */
public final class MonitoringFixtures {

    private MonitoringFixtures() {}

    /** An OSV record: PyPI package {@code pkg} below 1.2.0 is affected, CVSS 3.1 9.8. */
    public static String osv(String id, String cve, String pkg) {
        return """
                {"schema_version": "1.6.0", "id": "%s", "modified": "2026-11-01T00:00:00Z",
                 "published": "2026-11-01T00:00:00Z", "aliases": ["%s"],
                 "summary": "%s accepts unauthenticated remote commands",
                 "severity": [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}],
                 "affected": [{"package": {"ecosystem": "PyPI", "name": "%s"},
                   "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": "1.2.0"}]}]}]}
                """
                .formatted(id, cve, pkg, pkg);
    }
}
