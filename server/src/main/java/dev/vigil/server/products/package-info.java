/**
 * Products and their releases: upload and assessment through the engine's front door, stored reports,
 * finding decisions carried forward, electronic-signature approvals; REST API and pages.
 */
package dev.vigil.server.products;
