package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class WirelessEssentialFunctionLossRuleTest {

    private final Rule rule = new WirelessEssentialFunctionLossRule();

    private static ModelIndex pump(String safety, String extraFlow, String extraSections) {
        return TestModels.load(
                """
                vigil: 1
                system:
                  id: sys
                  name: System
                  kind: product
                  essentialFunctions: [{id: dosing, name: Dosing, hazards: []}]
                zones: [{id: z, type: home-network, trust: low}]
                components:
                  - {id: app, kind: mobile-app, zone: z, interfaces: [{id: app-usb, type: usb, enabledInField: true}]}
                  - {id: pump, kind: device, zone: z, essentialFunctions: [dosing]%s,
                     interfaces: [{id: ble, type: ble, enabledInField: true}]}
                data:
                  - {id: bolus, category: therapy-command, confidentiality: 2, integrity: 5, availability: 5}
                flows:
                  - {id: radio, from: app, to: pump, via: ble, data: [bolus]}
                %s
                %s
                """
                        .formatted(safety, extraFlow, extraSections));
    }

    @Test
    void aRadioOnlyCommandPathWithAnExplicitlyMissingFailSafeIsAWeakness() {
        assertThat(rule.check(pump(", safety: {failSafe: false}", "", "")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.element()).isEqualTo("pump");
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("components.pump.radioOnlyData=[bolus via [radio]]");
                });
    }

    @Test
    void aFailSafeStateCoversTheFunction() {
        assertThat(rule.check(pump(", safety: {failSafe: stops and alarms}", "", "")))
                .isEmpty();
    }

    @Test
    void aWiredSecondPathMeansRadioIsNotTheOnlyWay() {
        assertThat(rule.check(pump(
                        ", safety: {failSafe: false}",
                        "  - {id: cable, from: app, to: pump, via: app-usb, data: [bolus]}",
                        "")))
                .isEmpty();
    }

    @Test
    void anEmergencyUseCaseInvolvingTheComponentCovers() {
        assertThat(rule.check(pump(
                        ", safety: {failSafe: false}",
                        "",
                        "useCases: [{id: manual, name: Manual bolus, flows: [radio], state: emergency}]")))
                .isEmpty();
    }

    @Test
    void anUnstatedFailSafeIsNotEnoughInformation() {
        assertThat(rule.check(pump("", "", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
