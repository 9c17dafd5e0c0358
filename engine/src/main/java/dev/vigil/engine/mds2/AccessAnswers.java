package dev.vigil.engine.mds2;

import dev.vigil.engine.model.Capabilities;
import dev.vigil.engine.model.Component;
import dev.vigil.engine.model.Component.Account.Authentication;
import dev.vigil.engine.model.Flow;
import dev.vigil.engine.model.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Answers about accounts, authentication, logoff and remote service (AUTH, PAUT, ALOF, RMOT). */
final class AccessAnswers {
    private AccessAnswers() {}

    /** One account with the component it is on, as answers name it. */
    private record Held(Component component, Component.Account account) {
        String fact() {
            return "component " + component.id() + " account " + account.role();
        }
    }

    static void register(Map<String, Function<Mds2Context, Mds2Answer>> answers) {
        answers.put("user-authentication", AccessAnswers::userAuthentication);
        answers.put("roles", AccessAnswers::roles);
        answers.put("unique-accounts", AccessAnswers::uniqueAccounts);
        answers.put(
                "shared-accounts", c -> Stated.anyTrue(accounts(c, a -> a.shared(), "shared"), "accounts[].shared"));
        answers.put("lockout", c -> Stated.anyTrue(accounts(c, a -> a.lockout(), "lockout"), "accounts[].lockout"));
        answers.put("mfa", c -> Stated.anyTrue(accounts(c, a -> a.mfa(), "mfa"), "accounts[].mfa"));
        answers.put("biometric", c -> authentication(c, Authentication.BIOMETRIC));
        answers.put("default-accounts", AccessAnswers::defaultAccounts);
        answers.put("passwords-changeable", AccessAnswers::passwordsChangeable);
        answers.put("credentials-stored", AccessAnswers::credentialsStored);
        answers.put("credentials-protected", AccessAnswers::credentialsProtected);
        answers.put("accounts-documented", AccessAnswers::accountsDocumented);
        answers.put("auto-logoff", AccessAnswers::autoLogoff);
        answers.put("remote-service", AccessAnswers::remoteService);
        answers.put("remote-control", AccessAnswers::remoteControl);
    }

    private static List<Held> held(Mds2Context c) {
        List<Held> all = new ArrayList<>();
        c.components().forEach(x -> x.accounts().forEach(a -> all.add(new Held(x, a))));
        return all;
    }

    private static List<Stated> accounts(
            Mds2Context c, Function<Component.Account, Optional<Boolean>> read, String key) {
        return held(c).stream()
                .map(h -> Stated.of(h.fact() + " " + key, read.apply(h.account())))
                .toList();
    }

    /**
     * AUTH-1: per component, the stated capability, else whether every account authenticates. No when a
     * component lets users in without authenticating; components that state neither are left out.
     */
    private static Mds2Answer userAuthentication(Mds2Context c) {
        List<String> yes = new ArrayList<>();
        List<String> no = new ArrayList<>();
        for (Component x : c.components()) {
            Optional<Boolean> capability = x.capabilities().flatMap(Capabilities::userAuthentication);
            if (capability.isPresent()) {
                (capability.get() ? yes : no)
                        .add("component " + x.id() + " capabilities.userAuthentication: "
                                + (capability.get() ? "yes" : "no"));
            }
            for (Component.Account a : x.accounts()) {
                (a.authentication() == Authentication.NONE ? no : yes)
                        .add("component " + x.id() + " account " + a.role() + " authentication "
                                + a.authentication().wire());
            }
        }
        if (!no.isEmpty()) {
            return Mds2Answer.no(no, "users reach a component without authenticating");
        }
        return yes.isEmpty()
                ? Mds2Answer.notStated("components[].accounts or components[].capabilities.userAuthentication")
                : Mds2Answer.yes(yes, "");
    }

    /** AUTH-2, SAHD-5.1: one component with accounts of more than one role; roles spread over components are not role-based access. */
    private static Mds2Answer roles(Mds2Context c) {
        for (Component x : c.components()) {
            List<String> roles = x.accounts().stream()
                    .map(Component.Account::role)
                    .distinct()
                    .toList();
            if (roles.size() > 1) {
                return Mds2Answer.yes(
                        List.of("component " + x.id() + " account roles: " + String.join(", ", roles)), "");
            }
        }
        return Mds2Answer.notStated("a component with accounts of more than one role");
    }

    private static Mds2Answer uniqueAccounts(Mds2Context c) {
        List<Stated> shared = accounts(c, Component.Account::shared, "shared");
        List<String> sharedYes = shared.stream()
                .filter(s -> s.value().orElse(false))
                .map(s -> s.fact() + ": yes")
                .toList();
        if (!sharedYes.isEmpty()) {
            return Mds2Answer.no(sharedYes, "a shared account has no unique id");
        }
        List<String> statedUnique = shared.stream()
                .filter(s -> s.value().isPresent())
                .map(s -> s.fact() + ": no")
                .toList();
        if (!shared.isEmpty() && statedUnique.size() == shared.size()) {
            return Mds2Answer.yes(statedUnique, "no account is shared");
        }
        return Mds2Answer.notStated(statedUnique, "accounts[].shared for every account");
    }

    private static Mds2Answer authentication(Mds2Context c, Authentication kind) {
        List<Held> all = held(c);
        if (all.isEmpty()) {
            return Mds2Answer.notStated("components[].accounts");
        }
        List<String> with = all.stream()
                .filter(h -> h.account().authentication() == kind)
                .map(h -> h.fact() + " authentication " + kind.wire())
                .toList();
        return with.isEmpty()
                ? Mds2Answer.no(
                        all.stream()
                                .map(h -> h.fact() + " authentication "
                                        + h.account().authentication().wire())
                                .toList(),
                        "")
                : Mds2Answer.yes(with, "");
    }

    private static Mds2Answer defaultAccounts(Mds2Context c) {
        List<Held> all = held(c);
        if (all.isEmpty()) {
            return Mds2Answer.notStated("components[].accounts");
        }
        List<String> defaults = all.stream()
                .filter(h -> h.account().authentication() == Authentication.DEFAULT_PASSWORD
                        || h.account().authentication() == Authentication.HARDCODED)
                .map(h -> h.fact() + " authentication "
                        + h.account().authentication().wire())
                .toList();
        if (defaults.isEmpty()) {
            return Mds2Answer.notApplicable(
                    List.of("no account of the model uses a default or hard-coded password"), "no default accounts");
        }
        // The form asks whether the default accounts are documented, not whether they exist: they are, in
        // the customer security documentation written from this same model, which lists every account.
        return Mds2Answer.yes(
                defaults,
                "default accounts exist; they are listed, with the instruction to change the default password,"
                        + " in the customer security documentation (vigil documents --set customer)");
    }

    private static Mds2Answer passwordsChangeable(Mds2Context c) {
        List<String> fixed = held(c).stream()
                .filter(h -> h.account().authentication() == Authentication.HARDCODED)
                .map(h -> h.fact() + " authentication hardcoded")
                .toList();
        return fixed.isEmpty()
                ? Mds2Answer.notStated("whether every password can be changed (only hard-coded ones are known)")
                : Mds2Answer.no(fixed, "a hard-coded credential cannot be changed");
    }

    /** Secrets held by the product's components: a password in the build server's vault is not the device's. */
    private static List<Secret> productSecrets(Mds2Context c) {
        List<String> product = c.components().stream().map(Component::id).toList();
        return c.model().secrets().stream()
                .filter(s -> product.contains(s.storedIn()))
                .toList();
    }

    private static Mds2Answer credentialsStored(Mds2Context c) {
        List<String> facts = new ArrayList<>();
        productSecrets(c).stream()
                .filter(s -> s.type() == Secret.Type.PASSWORD)
                .forEach(s -> facts.add("secret " + s.id() + " (password) stored in " + s.storedIn()));
        held(c).stream()
                .filter(h -> switch (h.account().authentication()) {
                    case PASSWORD, DEFAULT_PASSWORD, PIN, HARDCODED -> true;
                    default -> false;
                })
                .forEach(h -> facts.add(h.fact() + " authentication "
                        + h.account().authentication().wire()));
        return facts.isEmpty()
                ? Mds2Answer.notStated("accounts with passwords or password secrets")
                : Mds2Answer.yes(facts, "");
    }

    private static Mds2Answer credentialsProtected(Mds2Context c) {
        List<Stated> facts = new ArrayList<>();
        productSecrets(c).stream()
                .filter(s -> s.type() == Secret.Type.PASSWORD)
                .forEach(s -> facts.add(Stated.of(
                        "secret " + s.id() + " protection " + s.protection().wire(),
                        Optional.of(s.protection().compareTo(Secret.Protection.SOFTWARE) >= 0))));
        held(c).stream()
                .filter(h -> h.account().authentication() == Authentication.HARDCODED)
                .forEach(h -> facts.add(Stated.of(h.fact() + " authentication hardcoded", Optional.of(false))));
        return facts.isEmpty()
                ? Mds2Answer.notStated("secrets of type password and their protection")
                : Stated.allTrue(facts, "secrets[].protection");
    }

    private static Mds2Answer accountsDocumented(Mds2Context c) {
        List<Held> all = held(c);
        if (all.isEmpty()) {
            return Mds2Answer.notStated("components[].accounts");
        }
        return Mds2Answer.yes(
                List.of(all.size() + " accounts in the model: "
                        + String.join(
                                ", ",
                                all.stream()
                                        .map(h -> h.component().id() + "/"
                                                + h.account().role())
                                        .toList())),
                "the customer security documentation (vigil documents --set customer) lists every account");
    }

    private static Mds2Answer autoLogoff(Mds2Context c) {
        List<Stated> facts = c.components().stream()
                .map(x -> {
                    Optional<Integer> minutes = x.capabilities().flatMap(Capabilities::autoLogoffMinutes);
                    return Stated.of(
                            "component " + x.id() + " capabilities.autoLogoffMinutes "
                                    + minutes.map(String::valueOf).orElse("unstated"),
                            minutes.map(m -> m > 0));
                })
                .toList();
        return Stated.anyTrue(facts, "components[].capabilities.autoLogoffMinutes");
    }

    private static Mds2Answer remoteService(Mds2Context c) {
        List<Stated> facts = new ArrayList<>();
        for (Component x : c.components()) {
            Optional<Boolean> stated = x.capabilities().flatMap(Capabilities::remoteService);
            String fact = "component " + x.id() + " capabilities.remoteService";
            if (x.has(Component.Function.REMOTE_ACCESS)) {
                stated = Optional.of(true);
                fact = "component " + x.id() + " function remote-access";
            }
            facts.add(Stated.of(fact, stated));
        }
        // A service flow over a network reaching the product is a remote service connection, whatever the capability
        // says.
        c.flows().stream()
                .filter(f -> f.purpose().map(p -> p == Flow.Purpose.SERVICE).orElse(false))
                .filter(f -> f.network().map(n -> n != Flow.Network.PHYSICAL).orElse(false))
                .forEach(f -> facts.add(Stated.of(
                        "service flow " + f.id() + " (" + f.from() + " -> " + f.to() + ") over "
                                + f.network().get().wire(),
                        Optional.of(true))));
        return Stated.anyTrue(facts, "components[].capabilities.remoteService");
    }

    private static Mds2Answer remoteControl(Mds2Context c) {
        List<String> commands = c.flows().stream()
                .filter(f -> f.purpose().map(p -> p == Flow.Purpose.COMMAND).orElse(false))
                .map(f -> "command flow " + f.id() + " from " + f.from() + " to " + f.to()
                        + f.network().map(n -> " over " + n.wire()).orElse(""))
                .toList();
        return commands.isEmpty()
                ? Mds2Answer.notStated("flows with purpose command")
                : Mds2Answer.yes(commands, "the device is operated from another component");
    }
}
