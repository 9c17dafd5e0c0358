/**
 * Postmarket cases in the server (issue 13, item 7): intake (researcher report, customer complaint, feed
 * match), triage states, assignee, the engine's risk decision and regulator clocks, the customer letter, and
 * CSAF advisories published after an e-signature in a provider-style directory under
 * {@code /.well-known/csaf/}. The case document itself is the engine's {@code vigil-case: 1} file.
 */
package dev.vigil.server.cases;
