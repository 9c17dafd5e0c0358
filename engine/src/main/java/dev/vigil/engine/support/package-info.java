/**
 * End of support: the dates a model and its SBOMs state for when support ends (IMDRF N70's stages for the
 * system, each platform's, each SBOM component's), and which of them have passed or fall within a warning
 * horizon of the assessment date. The one home of these dates: assess reports them and the server's portfolio
 * can store the same list.
 */
package dev.vigil.engine.support;
