package dev.vigil.engine.catalog;

import java.util.Set;

/**
 * Which systems a requirement applies to, selected by the model's {@code system.kind},
 * {@code system.markets} and {@code system.cyberDevice}. An empty market set means every market
 * (international guidance and standards).
 */
public record Applicability(Set<String> kinds, Set<String> markets, boolean cyberDeviceOnly) {
    public Applicability {
        kinds = Set.copyOf(kinds);
        markets = Set.copyOf(markets);
    }

    /** Whether a system of this kind, sold in these markets, with this 524B status is in scope. */
    public boolean appliesTo(String kind, Set<String> systemMarkets, boolean cyberDevice) {
        return kinds.contains(kind)
                && (markets.isEmpty() || systemMarkets.stream().anyMatch(markets::contains))
                && (!cyberDeviceOnly || cyberDevice);
    }
}
