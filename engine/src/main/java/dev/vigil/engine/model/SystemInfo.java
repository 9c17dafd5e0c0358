package dev.vigil.engine.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is being assessed: a product or a manufacturing/engineering site.
 *
 * @param ivd true for an in-vitro diagnostic device (IVDR instead of MDR, IVD classes); empty when not stated
 * @param classes the device class per market (France follows the EU class)
 * @param pathways the premarket pathway per market (only the US is defined)
 * @param builtAt the site models that build this product; their production evidence counts for it
 * @param regulatoryStatus whether the product is itself a medical device; empty when not stated (a product
 *     model then describes a medical device, see {@link #productStatus()})
 * @param supportThresholdDays warn when support ends within this many days (empty: the default)
 */
public record SystemInfo(
        String id,
        String name,
        Kind kind,
        Optional<String> manufacturer,
        Optional<String> version,
        Optional<String> intendedUse,
        List<Environment> environments,
        List<Market> markets,
        Optional<Boolean> cyberDevice,
        Optional<SafetyClass> softwareSafetyClass,
        List<EssentialFunction> essentialFunctions,
        Optional<Boolean> ivd,
        Map<Market, DeviceClass> classes,
        Map<Market, Pathway> pathways,
        List<SiteLink> builtAt,
        Optional<Integer> supportThresholdDays,
        Optional<RegulatoryStatus> regulatoryStatus) {

    public SystemInfo {
        environments = List.copyOf(environments);
        markets = List.copyOf(markets);
        essentialFunctions = List.copyOf(essentialFunctions);
        classes = java.util.Collections.unmodifiableMap(
                classes.isEmpty() ? new EnumMap<>(Market.class) : new EnumMap<>(classes));
        pathways = java.util.Collections.unmodifiableMap(
                pathways.isEmpty() ? new EnumMap<>(Market.class) : new EnumMap<>(pathways));
        builtAt = List.copyOf(builtAt);
    }

    /**
     * The product's regulatory status: as stated, else a medical device, because format 1 models describe
     * medical devices and their systems (a model without the fact keeps meaning what it meant).
     */
    public RegulatoryStatus productStatus() {
        return regulatoryStatus.orElse(RegulatoryStatus.MEDICAL_DEVICE);
    }

    /** The class stated for a market; France follows the EU class. */
    public Optional<DeviceClass> deviceClass(Market market) {
        DeviceClass stated = classes.get(market);
        if (stated == null && market == Market.FR) {
            stated = classes.get(Market.EU);
        }
        return Optional.ofNullable(stated);
    }

    /** A site model that builds this product: the site's system id and the model file, relative to this one. */
    public record SiteLink(String site, String model) {}

    /**
     * A device class as the markets write it: I-IV (US, Canada, Japan), I/IIa/IIb/III (EU, UK, Australia),
     * A-D (EU and UK IVDs), 1-4 (Australian IVDs).
     */
    public enum DeviceClass implements WireValue {
        I("I"),
        IIA("IIa"),
        II("II"),
        IIB("IIb"),
        III("III"),
        IV("IV"),
        A("A"),
        B("B"),
        C("C"),
        D("D"),
        IVD_1("1"),
        IVD_2("2"),
        IVD_3("3"),
        IVD_4("4");

        private final String wire;

        DeviceClass(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    /** US premarket pathway. */
    public enum Pathway implements WireValue {
        PREMARKET_NOTIFICATION("510k"),
        DE_NOVO("de-novo"),
        PMA("pma"),
        HDE("hde"),
        EXEMPT("exempt");

        private final String wire;

        Pathway(String wire) {
            this.wire = wire;
        }

        @Override
        public String wire() {
            return wire;
        }
    }

    public enum Kind implements WireValue {
        PRODUCT,
        SITE
    }

    public enum Environment implements WireValue {
        HOME,
        HOSPITAL,
        CLINIC,
        AMBULANCE,
        PUBLIC,
        MANUFACTURING,
        ENGINEERING,
        CLOUD
    }

    /** Markets select which regulatory frameworks apply. */
    public enum Market implements WireValue {
        US,
        EU,
        CA,
        AU,
        FR,
        JP,
        UK
    }

    /** IEC 62304 software safety class, written in capitals. */
    public enum SafetyClass implements WireValue {
        A,
        B,
        C;

        @Override
        public String wire() {
            return name();
        }
    }
}
