package dev.vigil.engine.model;

import java.util.List;
import java.util.Optional;

/** Data moving between two components; {@code from} starts the exchange. */
public record Flow(
        String id,
        String from,
        String to,
        Optional<String> via,
        Optional<String> protocol,
        List<String> data,
        Optional<Network> network,
        Optional<Encryption> encryption,
        Optional<Authentication> authentication,
        Optional<Pairing> pairing,
        Optional<Integrity> integrity,
        Optional<Boolean> replayProtection,
        Optional<Boolean> certificateValidation,
        Optional<Purpose> purpose)
        implements Element {

    public Flow {
        data = List.copyOf(data);
    }

    /** How close an attacker must be; maps onto the CVSS attack vector. */
    public enum Network implements WireValue {
        PHYSICAL,
        LOCAL,
        ADJACENT,
        INTERNET
    }

    public enum Encryption implements WireValue {
        NONE("none"),
        LINK_LAYER("link-layer"),
        TLS1_2("tls1.2"),
        TLS1_3("tls1.3"),
        APPLICATION("application"),
        VPN("vpn");

        private final String wire;

        Encryption(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    public enum Authentication implements WireValue {
        NONE,
        CLIENT_ONLY,
        SERVER_ONLY,
        MUTUAL
    }

    public enum Pairing implements WireValue {
        NONE,
        JUST_WORKS,
        PASSKEY,
        NUMERIC_COMPARISON,
        OUT_OF_BAND
    }

    /** Integrity protection of a flow or of production records. */
    public enum Integrity implements WireValue {
        NONE,
        CHECKSUM,
        MAC,
        SIGNATURE
    }

    public enum Purpose implements WireValue {
        UPDATE,
        SERVICE,
        TELEMETRY,
        COMMAND,
        BACKUP,
        PRODUCTION
    }
}
