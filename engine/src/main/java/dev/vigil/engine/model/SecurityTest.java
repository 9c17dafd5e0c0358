package dev.vigil.engine.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Verification evidence as an element: one security test that was run, what it exercised and how it ended.
 *
 * @param report a path relative to the model, a URL, or the id of an entry of {@code documents}
 * @param covers ids of the elements (components, interfaces, flows, controls) it exercised
 * @param findings ids of findings ({@code rule@element}) the test confirmed
 */
public record SecurityTest(
        String id,
        Kind kind,
        Optional<Boolean> independent,
        Optional<LocalDate> date,
        Optional<String> report,
        List<String> covers,
        Optional<Result> result,
        List<String> findings)
        implements Element {

    public SecurityTest {
        covers = List.copyOf(covers);
        findings = List.copyOf(findings);
    }

    public enum Kind implements WireValue {
        PENETRATION,
        FUZZING,
        STATIC_ANALYSIS,
        SCA,
        VULNERABILITY_SCAN,
        FUNCTIONAL_SECURITY,
        CODE_REVIEW,
        MALWARE_SCAN,
        ROBUSTNESS
    }

    public enum Result implements WireValue {
        PASS,
        FAIL,
        PARTIAL,
        OPEN
    }
}
