package dev.vigil.engine.threat.rules;

import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.ModelIndex;
import java.util.ArrayList;
import java.util.List;

/** C09: TLS that does not check who is on the other end, which an interceptor defeats. */
final class TlsWithoutCertificateValidationRule implements Rule {

    @Override
    public String id() {
        return "tls-without-certificate-validation";
    }

    @Override
    public List<Hit> check(ModelIndex model) {
        List<Hit> hits = new ArrayList<>();
        for (Flow flow : model.flows()) {
            if (!isTls(flow)) {
                continue;
            }
            Fact tls =
                    Fact.flow(flow.id(), "encryption", flow.encryption().get().wire());
            List<Fact> facts = new ArrayList<>();
            facts.add(tls);
            if (flow.certificateValidation().filter(v -> !v).isPresent()) {
                facts.add(Fact.flow(flow.id(), "certificateValidation", false));
            }
            if (flow.authentication().filter(a -> a == Flow.Authentication.NONE).isPresent()) {
                facts.add(Fact.flow(flow.id(), "authentication", Flow.Authentication.NONE.wire()));
            }
            if (facts.size() > 1) {
                hits.add(new Hit(
                        flow.id(),
                        Hit.Kind.WEAKNESS,
                        "Flow '" + flow.id() + "' from '" + flow.from() + "' to '" + flow.to()
                                + "' uses TLS without checking the peer's certificate; anyone who can intercept"
                                + " the connection can present their own certificate and read or change the traffic.",
                        facts));
            } else if (flow.certificateValidation().isEmpty()
                    && flow.network().filter(n -> n == Flow.Network.INTERNET).isPresent()) {
                hits.add(Hit.notEnoughInformation(
                        flow.id(),
                        "Flow '" + flow.id() + "' uses TLS over the internet but the model does not say whether"
                                + " certificates are validated.",
                        Fact.flow(flow.id(), "certificateValidation", Fact.NOT_STATED),
                        tls,
                        Fact.flow(flow.id(), "network", Flow.Network.INTERNET.wire())));
            }
        }
        return hits;
    }

    static boolean isTls(Flow flow) {
        return flow.encryption()
                .filter(e -> e == Flow.Encryption.TLS1_2 || e == Flow.Encryption.TLS1_3)
                .isPresent();
    }
}
