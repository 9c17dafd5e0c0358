/**
 * Advisories and what finds them: the vocabulary shared by the feed readers ({@code advisory.feed}, OSV,
 * NVD, CSAF, KEV and EPSS) and the offline store ({@code advisory.store}, import and lookups). These
 * values know neither part (ArchitectureTest).
 *
 * <p>For a component, the matcher asks {@link dev.vigil.engine.advisory.store.AdvisoryStore} for candidates
 * and then decides with version semantics of its own:
 *
 * <pre>{@code
 * try (AdvisoryStore store = AdvisoryStore.open(AdvisoryStore.defaultDirectory())) {
 *     for (PackageKey key : PackageKey.fromPurl(component.purl())) {
 *         for (Advisory advisory : store.findCandidates(key)) {
 *             // advisory.affected(): OSV ranges with raw events, explicit versions
 *         }
 *     }
 *     store.findCandidates(CpeKey.fromCpe(component.cpe()).orElseThrow());     // NVD criteria and bounds
 *     store.findCandidates(ProductKey.of(component.supplier(), component.name())); // CSAF products, ranges
 *     store.findCandidates(HardwareId.MODEL_NUMBER, component.model());        // CSAF helpers
 *     store.findVulnerability("CVE-2021-44228"); // all records of one vulnerability, KEV, EPSS
 * }
 * }</pre>
 *
 * <p>Design and measurements: {@code docs/adr/0004-advisory-store.md}.
 */
package dev.vigil.engine.advisory;
