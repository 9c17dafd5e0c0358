package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One model fact a rule relied on: the id of the element it is about, its path from the model root and
 * the value the rule saw there. Scoring and every other reader use these three fields; {@code text} is only
 * the wording shown to people, {@code path=value} unless a rule adds context (the zone a sender sits in, the
 * other fields of an account) or words a derived fact (no flow backs up a store) in its own way.
 */
public record Fact(String element, String path, String value, String text) {

    /** The value of a fact the model leaves out. */
    public static final String NOT_STATED = "(not stated)";

    /** The value of a fact about something the model does not contain at all (no SBOM, no update). */
    public static final String NONE = "(none)";

    /** The field of a component that says whether its debug ports are locked; scoring reads it. */
    public static final String DEBUG_PORTS_LOCKED = "hardening.debugPortsLocked";

    public Fact {
        Objects.requireNonNull(element, "element == null");
        Objects.requireNonNull(path, "path == null");
        Objects.requireNonNull(value, "value == null");
        Objects.requireNonNull(text, "text == null");
    }

    /** A fact worded {@code path=value}. */
    public Fact(String element, String path, String value) {
        this(element, path, value, path + "=" + value);
    }

    /** The field {@code field} of the element {@code id} in the model's list {@code list}: {@code list.id.field}. */
    public static Fact of(String list, String id, String field, Object value) {
        return new Fact(id, list + "." + id + "." + field, String.valueOf(value));
    }

    /** A field of a component. */
    public static Fact component(String id, String field, Object value) {
        return of("components", id, field, value);
    }

    /** A field of a flow. */
    public static Fact flow(String id, String field, Object value) {
        return of("flows", id, field, value);
    }

    /** A field of one of a component's accounts, which have no id of their own: they are told apart by role. */
    static Fact account(String component, Component.Account account, String field, Object value) {
        return new Fact(
                component,
                componentPath(component, "accounts[role=" + account.role() + "]." + field),
                String.valueOf(value));
    }

    /** Whether a remote privileged account asks for a second factor, worded with what makes it matter. */
    static Fact remotePrivilegedMfa(String component, Component.Account account) {
        String mfa = stated(account.mfa());
        return account(component, account, "mfa", mfa)
                .worded(componentPath(component, "accounts[role=" + account.role() + "]")
                        + ".remote=true, privileged=true, mfa=" + mfa);
    }

    /** An interface of a component usable in the field; the fact is about the interface, worded with its type. */
    static Fact enabledInterface(String component, Component.Interface i) {
        return new Fact(i.id(), componentPath(component, "interfaces." + i.id() + ".enabledInField"), "true")
                .worded(componentPath(component, "interfaces." + i.id()) + "="
                        + i.type().wire() + ", enabledInField=true");
    }

    /** The date the model is assessed on, which a rule about support ends compares against. */
    static Fact assessedOn(String element, LocalDate date) {
        return new Fact(element, "assessment date", date.toString());
    }

    /** The value of an optional field as the model states it, or {@link #NOT_STATED}. */
    public static String stated(Optional<?> value) {
        return value.map(String::valueOf).orElse(NOT_STATED);
    }

    /** The path of a field of a component from the model root. */
    public static String componentPath(String component, String field) {
        return "components." + component + "." + field;
    }

    /** The same fact with context for people appended to its wording; what it states is unchanged. */
    public Fact and(String context) {
        return new Fact(element, path, value, text + context);
    }

    /** The same fact worded differently for people; what it states is unchanged. */
    public Fact worded(String wording) {
        return new Fact(element, path, value, wording);
    }
}
