package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class UnverifiedFirmwareInjectionRuleTest {

    private final Rule rule = new UnverifiedFirmwareInjectionRule();

    private static ModelIndex step(String station, String verification, String injects) {
        return SiteModels.site(
                "- {id: st, kind: programming-station, zone: prod, %s}\n".formatted(station),
                """
                data:
                  - {id: fw, category: firmware, confidentiality: 2, integrity: 5, availability: 3}
                  - {id: cal, category: configuration, confidentiality: 2, integrity: 5, availability: 3}
                flows: []
                production:
                  - {id: inject, name: Inject, station: st, injects: [%s], verification: %s}
                """
                        .formatted(injects, verification));
    }

    private static final String GUARDED_USB = "interfaces: [{id: st-usb, type: usb, enabledInField: true}],"
            + " hardening: {antiMalware: true, applicationAllowlist: true}";

    @Test
    void firmwareInjectedWithOnlyAHashCheckIsAWeaknessOnTheStep() {
        assertThat(rule.check(step(GUARDED_USB, "hash", "fw"))).singleElement().satisfies(h -> {
            assertThat(h.element()).isEqualTo("inject");
            assertThat(h.facts()).contains("production.inject.verification=hash");
        });
    }

    @Test
    void anOpenUsbPortWithoutAllowlistingIsAWeaknessEvenWithSignatures() {
        var hits = rule.check(step(
                "interfaces: [{id: st-usb, type: usb, enabledInField: true}], hardening: {antiMalware: true}",
                "signature",
                "fw"));
        assertThat(hits).singleElement().satisfies(h -> assertThat(h.facts())
                .contains("components.st.hardening.antiMalware=true, applicationAllowlist=(not stated)"));
    }

    @Test
    void signatureVerifiedFirmwareFromAGuardedStationIsFine() {
        assertThat(rule.check(step(GUARDED_USB, "signature", "fw"))).isEmpty();
    }

    @Test
    void stepsInjectingNoFirmwareAreNotThisRulesConcern() {
        assertThat(rule.check(step("hardening: {}", "none", "cal"))).isEmpty();
    }
}
