/**
 * Many SBOMs checked together, and re-checked after an advisory import by only the components whose
 * lookup keys the import touched (issue 5, point 8). Matching and ranking are the scan's
 * ({@link dev.vigil.engine.scan.ComponentCheck}); this package only decides what to re-check and
 * what changed.
 */
package dev.vigil.engine.portfolio;
