/**
 * The offline advisory store: its files, index, record codec and checksums ({@code advisories verify}),
 * the import that reads feeds (through {@code advisory.feed}) into it whole-file or not at all, KEV and
 * EPSS tables, and the lookups a matcher needs. {@link dev.vigil.engine.advisory.store.AdvisoryStore}
 * is the way in. Design and measurements: {@code docs/adr/0004-advisory-store.md}.
 */
package dev.vigil.engine.advisory.store;
