package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.DataItem;
import dev.vigil.engine.model.ModelIndex;
import dev.vigil.engine.model.ProductionStep;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * M02: a production step writes firmware into products without checking its signature, or from a station
 * whose open USB port is not guarded against malware: the DITTA risk of malware reaching new products.
 */
final class UnverifiedFirmwareInjectionRule implements Rule {

    @Override
    public String id() {
        return "unverified-firmware-injection";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (ProductionStep step : model.model().production()) {
            List<String> firmware = step.injects().stream()
                    .map(model::data)
                    .filter(d -> d.category() == DataItem.Category.FIRMWARE)
                    .map(DataItem::id)
                    .toList();
            if (firmware.isEmpty()) {
                continue;
            }
            List<Fact> facts = new ArrayList<>();
            // the loader requires a verification whenever a step injects something
            ProductionStep.Verification verification = step.verification().orElseThrow();
            if (verification != ProductionStep.Verification.SIGNATURE) {
                // A hash only proves the copy matches a reference that travels the same unprotected way.
                facts.add(Fact.of("production", step.id(), "verification", verification.wire()));
            }
            Component station = model.component(step.station());
            for (Component.Interface i : station.interfaces()) {
                if (i.type() == Component.Interface.Type.USB && i.enabledInField()) {
                    Optional<Boolean> antiMalware = station.hardening().antiMalware();
                    Optional<Boolean> allowlist = station.hardening().applicationAllowlist();
                    if (!antiMalware.orElse(false) || !allowlist.orElse(false)) {
                        facts.add(Fact.enabledInterface(station.id(), i));
                        facts.add(Fact.component(station.id(), "hardening.antiMalware", Fact.stated(antiMalware))
                                .and(", applicationAllowlist=" + Fact.stated(allowlist)));
                    }
                }
            }
            if (!facts.isEmpty()) {
                facts.add(Fact.of("production", step.id(), "injects", firmware).and(" at station " + station.id()));
                hits.add(new Hit(
                        step.id(),
                        Hit.Kind.WEAKNESS,
                        "Production step '" + step.id() + "' writes firmware " + firmware + " into products"
                                + " without a signature check or through an unguarded USB station; tampered or"
                                + " infected images would ship in new devices.",
                        facts));
            }
        }
        return hits;
    }
}
