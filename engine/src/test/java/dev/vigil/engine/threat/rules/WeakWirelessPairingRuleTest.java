package dev.vigil.engine.threat.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.engine.model.ModelIndex;
import org.junit.jupiter.api.Test;

class WeakWirelessPairingRuleTest {

    private final Rule rule = new WeakWirelessPairingRule();

    private static ModelIndex link(String type, String pairing) {
        return TestModels.product(
                "  - {id: c, kind: device, zone: z, interfaces: [{id: radio, type: %s, enabledInField: true}]}\n"
                        .formatted(type),
                """
                data:
                  - {id: log, category: log, confidentiality: 1, integrity: 2, availability: 1}
                flows:
                  - {id: f, from: a, to: c, via: radio, data: [log]%s}
                """
                        .formatted(pairing));
    }

    @Test
    void justWorksBlePairingIsAWeakness() {
        assertThat(rule.check(link("ble", ", pairing: just-works")))
                .singleElement()
                .satisfies(h -> {
                    assertThat(h.kind()).isEqualTo(Hit.Kind.WEAKNESS);
                    assertThat(h.facts()).contains("flows.f.pairing=just-works", "flows.f.via=radio (ble)");
                });
    }

    @Test
    void unpairedProprietaryRadioIsAWeakness() {
        assertThat(rule.check(link("rf-proprietary", ", pairing: none"))).hasSize(1);
    }

    @Test
    void numericComparisonIsFine() {
        assertThat(rule.check(link("ble", ", pairing: numeric-comparison"))).isEmpty();
    }

    @Test
    void wiredAndCellularLinksHaveNoPairingToJudge() {
        assertThat(rule.check(link("usb", ""))).isEmpty();
        assertThat(rule.check(link("cellular", ""))).isEmpty();
    }

    @Test
    void unstatedPairingOnARadioLinkIsNotEnoughInformation() {
        assertThat(rule.check(link("wifi", "")))
                .singleElement()
                .extracting(Hit::kind)
                .isEqualTo(Hit.Kind.NOT_ENOUGH_INFORMATION);
    }
}
