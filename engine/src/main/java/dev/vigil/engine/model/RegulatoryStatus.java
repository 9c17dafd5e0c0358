package dev.vigil.engine.model;

/**
 * Whether a system or component is itself regulated as a medical device. It decides which product-law
 * frameworks reach it: the EU Cyber Resilience Act excludes what the MDR or IVDR covers (devices and their
 * accessories) but not companion apps, cloud services or gateways placed on the market outside them.
 */
public enum RegulatoryStatus implements WireValue {
    /** A medical device (or IVD) under the device regulations of its markets. */
    MEDICAL_DEVICE,
    /** An accessory of a medical device; the device regulations cover it too. */
    ACCESSORY,
    /** Placed on the market outside the device regulations (e.g. a general companion app or cloud service). */
    NOT_A_MEDICAL_DEVICE
}
