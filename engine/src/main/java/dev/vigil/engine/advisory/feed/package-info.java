/**
 * Advisory feed readers: OSV (JSON, YAML), NVD CVE API 2.0, CSAF 2.0, CISA KEV (JSON, CSV) and EPSS
 * (CSV) turned into the advisory vocabulary, and the walk over files, directories, zip and gzip
 * archives that finds them. A reader hands what it reads to a {@link
 * dev.vigil.engine.advisory.feed.FeedSink}; it never sees the store (ArchitectureTest): the store's
 * import drives the readers.
 */
package dev.vigil.engine.advisory.feed;
