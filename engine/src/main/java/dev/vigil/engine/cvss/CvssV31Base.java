package dev.vigil.engine.cvss;

import java.util.Objects;

/**
 * A CVSS v3.1 base vector built from typed metric values, for vectors derived from the system
 * model rather than typed by a person. Build with {@link #builder()}; every metric is mandatory.
 */
public record CvssV31Base(
        AttackVector attackVector,
        AttackComplexity attackComplexity,
        PrivilegesRequired privilegesRequired,
        UserInteraction userInteraction,
        Scope scope,
        Impact confidentiality,
        Impact integrity,
        Impact availability) {

    public CvssV31Base {
        Objects.requireNonNull(attackVector, "attackVector == null");
        Objects.requireNonNull(attackComplexity, "attackComplexity == null");
        Objects.requireNonNull(privilegesRequired, "privilegesRequired == null");
        Objects.requireNonNull(userInteraction, "userInteraction == null");
        Objects.requireNonNull(scope, "scope == null");
        Objects.requireNonNull(confidentiality, "confidentiality == null");
        Objects.requireNonNull(integrity, "integrity == null");
        Objects.requireNonNull(availability, "availability == null");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The vector string, e.g. {@code CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H}. */
    public String vector() {
        return CvssVersion.V3_1.prefix()
                + "AV:" + attackVector.code
                + "/AC:" + attackComplexity.code
                + "/PR:" + privilegesRequired.code
                + "/UI:" + userInteraction.code
                + "/S:" + scope.code
                + "/C:" + confidentiality.code
                + "/I:" + integrity.code
                + "/A:" + availability.code;
    }

    /** Scores this vector; a typed vector is always valid, so there is no checked exception. */
    public CvssScore score() {
        try {
            return Cvss.score(vector());
        } catch (InvalidCvssVectorException e) {
            throw new IllegalStateException("typed vector rejected: " + e.reason(), e);
        }
    }

    @Override
    public String toString() {
        return vector();
    }

    public enum AttackVector {
        NETWORK("N"),
        ADJACENT("A"),
        LOCAL("L"),
        PHYSICAL("P");

        private final String code;

        AttackVector(String code) {
            this.code = code;
        }
    }

    public enum AttackComplexity {
        LOW("L"),
        HIGH("H");

        private final String code;

        AttackComplexity(String code) {
            this.code = code;
        }
    }

    public enum PrivilegesRequired {
        NONE("N"),
        LOW("L"),
        HIGH("H");

        private final String code;

        PrivilegesRequired(String code) {
            this.code = code;
        }
    }

    public enum UserInteraction {
        NONE("N"),
        REQUIRED("R");

        private final String code;

        UserInteraction(String code) {
            this.code = code;
        }
    }

    public enum Scope {
        UNCHANGED("U"),
        CHANGED("C");

        private final String code;

        Scope(String code) {
            this.code = code;
        }
    }

    /** Impact on confidentiality, integrity or availability. */
    public enum Impact {
        NONE("N"),
        LOW("L"),
        HIGH("H");

        private final String code;

        Impact(String code) {
            this.code = code;
        }
    }

    /** Collects the eight base metrics; {@link #build()} names the first one left unset. */
    public static final class Builder {
        private AttackVector attackVector;
        private AttackComplexity attackComplexity;
        private PrivilegesRequired privilegesRequired;
        private UserInteraction userInteraction;
        private Scope scope;
        private Impact confidentiality;
        private Impact integrity;
        private Impact availability;

        private Builder() {}

        public Builder attackVector(AttackVector value) {
            this.attackVector = Objects.requireNonNull(value, "attackVector == null");
            return this;
        }

        public Builder attackComplexity(AttackComplexity value) {
            this.attackComplexity = Objects.requireNonNull(value, "attackComplexity == null");
            return this;
        }

        public Builder privilegesRequired(PrivilegesRequired value) {
            this.privilegesRequired = Objects.requireNonNull(value, "privilegesRequired == null");
            return this;
        }

        public Builder userInteraction(UserInteraction value) {
            this.userInteraction = Objects.requireNonNull(value, "userInteraction == null");
            return this;
        }

        public Builder scope(Scope value) {
            this.scope = Objects.requireNonNull(value, "scope == null");
            return this;
        }

        public Builder confidentiality(Impact value) {
            this.confidentiality = Objects.requireNonNull(value, "confidentiality == null");
            return this;
        }

        public Builder integrity(Impact value) {
            this.integrity = Objects.requireNonNull(value, "integrity == null");
            return this;
        }

        public Builder availability(Impact value) {
            this.availability = Objects.requireNonNull(value, "availability == null");
            return this;
        }

        public CvssV31Base build() {
            requireSet(attackVector, "attackVector (AV)");
            requireSet(attackComplexity, "attackComplexity (AC)");
            requireSet(privilegesRequired, "privilegesRequired (PR)");
            requireSet(userInteraction, "userInteraction (UI)");
            requireSet(scope, "scope (S)");
            requireSet(confidentiality, "confidentiality (C)");
            requireSet(integrity, "integrity (I)");
            requireSet(availability, "availability (A)");
            return new CvssV31Base(
                    attackVector,
                    attackComplexity,
                    privilegesRequired,
                    userInteraction,
                    scope,
                    confidentiality,
                    integrity,
                    availability);
        }

        private static void requireSet(Object value, String metric) {
            if (value == null) {
                throw new IllegalStateException("metric not set: " + metric);
            }
        }
    }
}
