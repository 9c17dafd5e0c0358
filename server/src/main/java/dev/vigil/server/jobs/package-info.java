/** The database-backed job queue that runs each background job once across instances. */
package dev.vigil.server.jobs;
