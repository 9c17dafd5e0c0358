package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.ModelIndex;

/**
 * Small manufacturing-site models for the site rules' tests. The wrapper defines zones {@code office}
 * (office-it, low), {@code eng} (engineering, medium), {@code prod} (production, high), {@code net}
 * (internet) and {@code vendor} (vendor-remote); the caller adds components and every other section.
 */
final class SiteModels {

    private SiteModels() {}

    static ModelIndex site(String components, String sections) {
        return TestModels.load(
                """
                vigil: 1
                system: {id: site, name: Site, kind: site}
                zones:
                  - {id: office, type: office-it, trust: low}
                  - {id: eng, type: engineering, trust: medium}
                  - {id: prod, type: production, trust: high}
                  - {id: net, type: internet, trust: untrusted}
                  - {id: vendor, type: vendor-remote, trust: low}
                components:
                """
                        + components.stripTrailing().indent(2)
                        + sections);
    }
}
