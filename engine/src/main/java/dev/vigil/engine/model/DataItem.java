package dev.vigil.engine.model;

import java.util.Optional;

/** A kind of data and its confidentiality, integrity and availability needs (1 low … 5 highest). */
public record DataItem(
        String id,
        Optional<String> name,
        Category category,
        int confidentiality,
        int integrity,
        int availability,
        Optional<Quantity> quantity)
        implements Element {

    public enum Category implements WireValue {
        PHI,
        PII,
        THERAPY_COMMAND,
        THERAPY_SETTING,
        CLINICAL_MEASUREMENT,
        ALARM,
        CREDENTIAL,
        CRYPTO_KEY,
        CERTIFICATE,
        FIRMWARE,
        SOURCE_CODE,
        DESIGN_DATA,
        CONFIGURATION,
        LOG,
        PRODUCTION_RECORD
    }

    public enum Quantity implements WireValue {
        SINGLE_PATIENT,
        MANY_PATIENTS
    }
}
