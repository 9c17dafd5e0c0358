/**
 * Continuous monitoring (issue 13, item 6): feed imports from a folder of offline mirrors into the
 * instance's advisory store, scheduled and on demand; the re-check job that matches only the components an
 * import touched, across every stored release, against the baseline kept in the database; draft cases for
 * new matches; store freshness per source.
 */
package dev.vigil.server.monitoring;
