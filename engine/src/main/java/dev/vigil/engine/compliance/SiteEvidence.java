package dev.vigil.engine.compliance;

import dev.vigil.engine.load.LoadResult;
import dev.vigil.engine.load.ModelLoader;
import dev.vigil.engine.model.SystemInfo;
import dev.vigil.engine.model.SystemModel;
import dev.vigil.engine.source.SourceResolver;
import java.util.ArrayList;
import java.util.List;

/**
 * The site models a product names in {@code system.builtAt}, loaded through the resolver that loaded the
 * product, so their build, signing and supply-chain evidence can count for it. A site model that does not
 * load, is not a site or has another id is left out with a warning: its evidence must not count unseen.
 */
final class SiteEvidence {

    /** A site that builds the product: its {@code system.id} and its loaded model. */
    record Site(String id, SystemModel model) {}

    /** The sites that loaded, and a warning for each that did not. */
    record Loaded(List<Site> sites, List<String> warnings) {}

    private SiteEvidence() {}

    static Loaded load(SystemModel product, SourceResolver sources) {
        List<Site> sites = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (SystemInfo.SiteLink link : product.system().builtAt()) {
            String where = "system.builtAt site " + link.site() + " (" + link.model() + ")";
            LoadResult result = new ModelLoader().load(SourceResolver.sibling(product.source(), link.model()), sources);
            if (!result.isValid()) {
                warnings.add(where + " does not load, so its evidence was not counted: "
                        + result.errors().get(0));
                continue;
            }
            SystemModel site = result.orThrow();
            if (site.system().kind() != SystemInfo.Kind.SITE) {
                warnings.add(where + " is a " + site.system().kind().wire()
                        + " model, not a site, so its evidence was not counted");
            } else if (!site.system().id().equals(link.site())) {
                warnings.add(where + " describes site '" + site.system().id() + "', not '" + link.site()
                        + "', so its evidence was not counted");
            } else {
                sites.add(new Site(link.site(), site));
            }
        }
        return new Loaded(sites, warnings);
    }
}
