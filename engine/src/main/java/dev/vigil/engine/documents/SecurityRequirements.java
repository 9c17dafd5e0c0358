package dev.vigil.engine.documents;

import dev.vigil.engine.assessment.Finding;
import dev.vigil.engine.model.Control;
import dev.vigil.engine.model.SecurityTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The security requirements the documents list, in one place so every document numbers them alike:
 * one per control the model claims ({@code REQ-<control-id>}) and one per rule with findings
 * ({@code REQ-<rule-id>}, asking for the rule's mitigations). Each carries the tests that verify it.
 */
record SecurityRequirements(List<Item> items) {

    record Item(String id, String text, String source, List<String> elements, List<SecurityTest> tests) {
        Item {
            elements = List.copyOf(elements);
            tests = List.copyOf(tests);
        }
    }

    static SecurityRequirements of(DocumentContext context) {
        List<Item> items = new ArrayList<>();
        for (Control c : context.model().controls()) {
            List<String> ids = new ArrayList<>(c.appliesTo());
            ids.add(c.id());
            items.add(new Item(
                    "REQ-" + c.id(),
                    c.name() + " (" + c.category().wire() + ") for " + String.join(", ", c.appliesTo()),
                    "control " + c.id(),
                    c.appliesTo(),
                    context.testsFor(ids)));
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        context.findings().forEach(f -> byRule.computeIfAbsent(f.rule().id(), k -> new ArrayList<>())
                .add(f));
        byRule.forEach((rule, findings) -> {
            List<String> ids = new ArrayList<>();
            findings.forEach(f -> {
                ids.add(f.id());
                ids.add(f.element());
            });
            Finding first = findings.get(0);
            String mitigations = first.rule().mitigations().isEmpty()
                    ? first.rule().title()
                    : String.join(" ", first.rule().mitigations());
            items.add(new Item(
                    "REQ-" + rule,
                    mitigations,
                    // the findings by id, so the requirement traces back to each threat it answers
                    "rule " + rule + ", findings "
                            + findings.stream().map(Finding::id).collect(Collectors.joining(", ")),
                    findings.stream().map(Finding::element).distinct().toList(),
                    context.testsFor(ids)));
        });
        return new SecurityRequirements(items);
    }

    static String requirementFor(Finding f) {
        return "REQ-" + f.rule().id();
    }
}
