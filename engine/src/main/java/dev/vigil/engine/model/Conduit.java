package dev.vigil.engine.model;

import java.util.List;

/** A guarded passage between two zones. */
public record Conduit(String id, List<String> between, List<Guard> guards) implements Element {
    public Conduit {
        between = List.copyOf(between);
        guards = List.copyOf(guards);
    }

    public enum Guard implements WireValue {
        FIREWALL,
        API_GATEWAY,
        WAF,
        VPN,
        JUMP_HOST,
        DATA_DIODE,
        MFA,
        ALLOWLIST,
        IDS
    }
}
