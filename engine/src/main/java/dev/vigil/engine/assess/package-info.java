/**
 * The assess use case, the engine's front door: one call takes a loaded model and {@link
 * dev.vigil.engine.assess.AssessOptions} and returns one immutable {@link dev.vigil.engine.assess.AssessResult}
 * (findings, compliance, vulnerabilities, diagrams and gate verdicts). The command line and the server are
 * adapters over it: they parse their options, make this one call and render what it returns.
 */
package dev.vigil.engine.assess;
