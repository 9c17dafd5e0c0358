package dev.vigil.engine.advisory;

/** The feed family an advisory came from; each has its own identity rules and matching data. */
public enum AdvisorySource {
    /** OSV records (GHSA, Go, PyPA, RustSec, osv.dev exports): affected packages with range events. */
    OSV,
    /** NVD CVE API 2.0 records: CPE configurations with version bounds. */
    NVD,
    /** CSAF 2.0 documents: product tree with vendor, product, versions and identification helpers. */
    CSAF
}
