package dev.vigil.engine.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stable id of a finding: the rule that fired and the element it fired on, written
 * {@code <rule-id>@<element-id>}. The only place that writes or reads that text form.
 */
public record FindingId(String rule, String element) {

    private static final Pattern TEXT = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*)@([a-z0-9]+(?:-[a-z0-9]+)*)");

    public FindingId {
        Objects.requireNonNull(rule, "rule == null");
        Objects.requireNonNull(element, "element == null");
    }

    /** The id a user wrote (tracking, tests, exclusions), or empty when it is not {@code <rule-id>@<element-id>}. */
    public static Optional<FindingId> parse(String text) {
        Matcher m = TEXT.matcher(text);
        return m.matches() ? Optional.of(new FindingId(m.group(1), m.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return rule + "@" + element;
    }
}
