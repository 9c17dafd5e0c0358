package dev.vigil.engine.mds2;

import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Component.Interface.Type;
import dev.vigil.engine.model.Conduit;
import dev.vigil.engine.model.Flow;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Answers about interfaces, connections and node authentication (CONN, NAUT). */
final class ConnectivityAnswers {
    private ConnectivityAnswers() {}

    static void register(Map<String, Function<Mds2Context, Mds2Answer>> answers) {
        answers.put("interfaces-any", c -> interfaces(c, EnumSet.allOf(Type.class)));
        answers.put(
                "interfaces-wireless",
                c -> interfaces(
                        c,
                        EnumSet.of(
                                Type.BLE,
                                Type.BLUETOOTH,
                                Type.WIFI,
                                Type.CELLULAR,
                                Type.NFC,
                                Type.RF_PROPRIETARY,
                                Type.IR,
                                Type.OPTICAL,
                                Type.INDUCTIVE)));
        answers.put("interfaces-wifi", c -> interfaces(c, EnumSet.of(Type.WIFI)));
        answers.put("interfaces-bluetooth", c -> interfaces(c, EnumSet.of(Type.BLE, Type.BLUETOOTH)));
        answers.put("interfaces-cellular", c -> interfaces(c, EnumSet.of(Type.CELLULAR)));
        answers.put(
                "interfaces-other-wireless",
                c -> interfaces(c, EnumSet.of(Type.NFC, Type.RF_PROPRIETARY, Type.IR, Type.OPTICAL, Type.INDUCTIVE)));
        answers.put(
                "interfaces-physical",
                c -> interfaces(
                        c, EnumSet.of(Type.ETHERNET, Type.USB, Type.SERIAL, Type.JTAG, Type.SWD, Type.UART, Type.CAN)));
        answers.put("interfaces-ethernet", c -> interfaces(c, EnumSet.of(Type.ETHERNET)));
        answers.put("interfaces-usb", c -> interfaces(c, EnumSet.of(Type.USB)));
        answers.put(
                "interfaces-other-physical",
                c -> interfaces(c, EnumSet.of(Type.SERIAL, Type.JTAG, Type.SWD, Type.UART, Type.CAN)));
        answers.put("ports-list", ConnectivityAnswers::portsList);
        answers.put("customer-systems", ConnectivityAnswers::customerSystems);
        answers.put("external-systems", ConnectivityAnswers::externalSystems);
        answers.put("tls", ConnectivityAnswers::tls);
        answers.put("node-authentication", ConnectivityAnswers::nodeAuthentication);
        answers.put("network-access-control", ConnectivityAnswers::networkAccessControl);
        answers.put(
                "certificate-validation",
                c -> Stated.anyTrue(
                        c.flows().stream()
                                .map(f -> Stated.of(
                                        "flow " + f.id() + " certificateValidation", f.certificateValidation()))
                                .toList(),
                        "flows[].certificateValidation"));
    }

    /**
     * Whether an interface of these types is enabled in the field. The model lists interfaces per
     * component; when none is listed at all the answer is not stated, since a model may simply omit them.
     */
    private static Mds2Answer interfaces(Mds2Context c, Set<Type> types) {
        List<Component.Interface> all = c.interfaces();
        if (all.isEmpty()) {
            return Mds2Answer.notStated("components[].interfaces");
        }
        List<String> enabled = all.stream()
                .filter(i -> types.contains(i.type()) && i.enabledInField())
                .map(i -> "interface " + i.id() + " (" + i.type().wire() + ") enabled in the field")
                .toList();
        if (!enabled.isEmpty()) {
            return Mds2Answer.yes(enabled, "");
        }
        return Mds2Answer.no(
                List.of("interfaces listed: "
                        + String.join(
                                ", ",
                                all.stream()
                                        .map(i -> i.id() + " (" + i.type().wire()
                                                + (i.enabledInField() ? "" : ", disabled in the field") + ")")
                                        .toList())),
                "no listed interface of this kind is enabled in the field");
    }

    private static Mds2Answer portsList(Mds2Context c) {
        List<String> listed = c.flows().stream()
                .filter(f -> f.protocol().isPresent())
                .map(f -> "flow " + f.id() + " protocol " + f.protocol().get())
                .toList();
        return listed.isEmpty()
                ? Mds2Answer.notStated("flows[].protocol")
                : Mds2Answer.yes(
                        listed,
                        "the customer security documentation (vigil documents --set customer) lists interfaces,"
                                + " protocols and endpoints");
    }

    private static Mds2Answer customerSystems(Mds2Context c) {
        List<String> hdo = c.flows().stream()
                .filter(f -> owner(c, f.from())
                        .or(() -> owner(c, f.to()))
                        .map(o -> o == Component.Owner.HDO)
                        .orElse(false))
                .map(DataAnswers::flowFact)
                .toList();
        return hdo.isEmpty()
                ? Mds2Answer.notStated("flows to components owned by the healthcare provider (owner hdo)")
                : Mds2Answer.yes(hdo, "");
    }

    /** The owner of either end, looked up in the whole model: the hospital's own systems are not the product's. */
    private static Optional<Component.Owner> owner(Mds2Context c, String component) {
        return c.model().components().stream()
                .filter(x -> x.id().equals(component))
                .findFirst()
                .flatMap(Component::owner)
                .filter(o -> o == Component.Owner.HDO);
    }

    private static Mds2Answer externalSystems(Mds2Context c) {
        return Stated.anyTrue(
                c.flows().stream()
                        .map(f -> Stated.of(
                                "flow " + f.id() + " over the internet",
                                f.network().map(n -> n == Flow.Network.INTERNET)))
                        .toList(),
                "flows[].network");
    }

    private static Mds2Answer tls(Mds2Context c) {
        return Stated.anyTrue(
                c.flows().stream()
                        .map(f -> Stated.of(
                                "flow " + f.id() + " encryption "
                                        + f.encryption().map(e -> e.wire()).orElse("unstated"),
                                f.encryption().map(e -> e == Flow.Encryption.TLS1_2 || e == Flow.Encryption.TLS1_3)))
                        .toList(),
                "flows[].encryption");
    }

    private static Mds2Answer nodeAuthentication(Mds2Context c) {
        return Stated.anyTrue(
                c.flows().stream()
                        .map(f -> Stated.of(
                                "flow " + f.id() + " authentication "
                                        + f.authentication().map(a -> a.wire()).orElse("unstated"),
                                f.authentication().map(a -> a == Flow.Authentication.MUTUAL)))
                        .toList(),
                "flows[].authentication");
    }

    /** NAUT-2: a firewall or allow-list on a conduit into a zone the product sits in (not the build room's). */
    private static Mds2Answer networkAccessControl(Mds2Context c) {
        Set<String> zones = c.components().stream().map(Component::zone).collect(java.util.stream.Collectors.toSet());
        List<String> guarded = c.model().conduits().stream()
                .filter(k -> k.between().stream().anyMatch(zones::contains))
                .filter(k -> k.guards().contains(Conduit.Guard.FIREWALL)
                        || k.guards().contains(Conduit.Guard.ALLOWLIST)
                        || k.guards().contains(Conduit.Guard.API_GATEWAY))
                .map(k -> "conduit " + k.id() + " guards "
                        + String.join(
                                ", ", k.guards().stream().map(g -> g.wire()).toList()))
                .toList();
        return guarded.isEmpty()
                ? Mds2Answer.notStated(
                        "conduits[].guards (firewall, allow-list, API gateway) into a zone of the product")
                : Mds2Answer.yes(guarded, "");
    }
}
