/** The hash-chained audit trail every other feature appends to. */
package dev.vigil.server.audit;
