package dev.vigil.engine.advisory;

import java.util.Locale;

/** The CSAF identification helpers that name a device rather than software: index prefixes. */
public enum HardwareId {
    MODEL_NUMBER("model"),
    SKU("sku"),
    SERIAL_NUMBER("serial");

    private final String prefix;

    HardwareId(String prefix) {
        this.prefix = prefix;
    }

    /** Model numbers and SKUs are compared without case and surrounding blanks. */
    public String indexKey(String value) {
        return prefix + ":" + value.trim().toLowerCase(Locale.ROOT);
    }
}
