package dev.vigil.engine.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which systems a requirement applies to, selected by the model's {@code system} facts: its kind, markets
 * and 524B status, and optionally whether it is an IVD, its device class per market and its premarket
 * pathway per market. An empty market set means every market (international guidance and standards);
 * an empty class or pathway map means any class or pathway. How a system is judged against these
 * conditions (and what an unstated fact means) is the compliance feature's business.
 *
 * @param ivd present when the requirement is for IVDs only ({@code true}) or for devices that are not IVDs
 *     ({@code false})
 * @param classes market to the device classes the requirement applies to
 * @param pathways market to the premarket pathways the requirement applies to
 * @param regulatoryStatus the regulatory statuses (model format values) of which the system, or one of its
 *     components, must have one; empty means any (e.g. the Cyber Resilience Act, which excludes what the MDR
 *     and IVDR cover, selects {@code not-a-medical-device})
 */
public record Applicability(
        Set<String> kinds,
        Set<String> markets,
        boolean cyberDeviceOnly,
        Optional<Boolean> ivd,
        Map<String, Set<String>> classes,
        Map<String, Set<String>> pathways,
        Set<String> regulatoryStatus) {

    public Applicability {
        regulatoryStatus = Set.copyOf(regulatoryStatus);
        kinds = Set.copyOf(kinds);
        markets = Set.copyOf(markets);
        classes = copy(classes);
        pathways = copy(pathways);
    }

    public Applicability(Set<String> kinds, Set<String> markets, boolean cyberDeviceOnly) {
        this(kinds, markets, cyberDeviceOnly, Optional.empty(), Map.of(), Map.of(), Set.of());
    }

    /**
     * Whether a system of this kind, sold in these markets, with this 524B status passes the kind, market and
     * 524B conditions (the IVD, class and pathway conditions are judged by compliance, which knows the model).
     */
    public boolean appliesTo(String kind, Set<String> systemMarkets, boolean cyberDevice) {
        return kinds.contains(kind)
                && (markets.isEmpty() || systemMarkets.stream().anyMatch(markets::contains))
                && (!cyberDeviceOnly || cyberDevice);
    }

    private static Map<String, Set<String>> copy(Map<String, Set<String>> map) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, Set.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }
}
