/** What every part of the REST API shares: problem details for refused requests. */
package dev.vigil.server.api;
