package dev.vigil.server.security;

import dev.vigil.server.api.ApiProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sessions, API keys and users under {@code /api/v1}. */
@RestController
@RequestMapping("/api/v1")
class SecurityApi {

    private final Credentials credentials;
    private final Tokens tokens;
    private final Accounts accounts;
    private final Access access;

    SecurityApi(Credentials credentials, Tokens tokens, Accounts accounts, Access access) {
        this.credentials = credentials;
        this.tokens = tokens;
        this.accounts = accounts;
        this.access = access;
    }

    record SignIn(String username, String password) {}

    record SessionView(String token, Instant expiresAt) {}

    @PostMapping("/session")
    ResponseEntity<SessionView> signIn(@RequestBody SignIn body) {
        if (body == null || body.username() == null || body.password() == null) {
            throw ApiProblem.badRequest("give username and password");
        }
        Credentials.Outcome outcome = credentials.check(body.username(), body.password(), "sign-in");
        if (outcome instanceof Credentials.Outcome.Accepted a) {
            Tokens.Session s = tokens.openSession(a.account());
            return ResponseEntity.status(HttpStatus.CREATED).body(new SessionView(s.token(), s.expiresAt()));
        }
        if (outcome instanceof Credentials.Outcome.Throttled t) {
            throw new ApiProblem(
                    HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed sign-ins",
                    "too many failed sign-ins for this user: try again in "
                            + t.retryAfter().toMinutes() + " minutes");
        }
        throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Unauthorized", "wrong username or password");
    }

    record KeyRequest(String name) {}

    @PostMapping("/api-keys")
    ResponseEntity<Tokens.NewKey> createKey(@RequestBody KeyRequest body) {
        Account me = access.current();
        if (body == null
                || body.name() == null
                || body.name().isBlank()
                || body.name().length() > 200) {
            throw ApiProblem.badRequest("give the key a name of 1 to 200 characters");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(tokens.createKey(me, body.name().strip()));
    }

    @GetMapping("/api-keys")
    List<Tokens.KeyInfo> keys() {
        Account me = access.current();
        return tokens.keys(access.mayEverywhere(me, Permission.MANAGE_USERS) ? Optional.empty() : Optional.of(me.id()));
    }

    @DeleteMapping("/api-keys/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        Account me = access.current();
        if (!tokens.revokeKey(me, id, access.mayEverywhere(me, Permission.MANAGE_USERS))) {
            throw ApiProblem.notFound("an unrevoked api key " + id + " of yours");
        }
        return ResponseEntity.noContent().build();
    }

    record GrantView(String role, String product) {}

    record NewUser(String username, String displayName, String password, List<GrantView> grants) {}

    record UserView(String username, String displayName, List<GrantView> grants) {
        static UserView of(Account a) {
            return new UserView(
                    a.username(),
                    a.displayName(),
                    a.grants().stream()
                            .map(g -> new GrantView(g.role().wire(), g.product().orElse(null)))
                            .toList());
        }
    }

    @PostMapping("/users")
    ResponseEntity<UserView> createUser(@RequestBody NewUser body) {
        Account admin = access.requireEverywhere(Permission.MANAGE_USERS);
        if (body == null) {
            throw ApiProblem.badRequest("give username, displayName, password and grants");
        }
        List<Grant> grants = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        for (GrantView g : body.grants() == null ? List.<GrantView>of() : body.grants()) {
            Optional<Role> role = Role.fromWire(g.role());
            if (role.isEmpty()) {
                errors.add(Map.of(
                        "field",
                        "grants.role",
                        "message",
                        "unknown role '" + g.role()
                                + "': administrator, security-engineer, regulatory, approver or viewer"));
            } else {
                grants.add(
                        new Grant(role.get(), Optional.ofNullable(g.product()).filter(p -> !p.isBlank())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "Bad request", "unknown roles", errors);
        }
        try {
            Account created =
                    accounts.create(admin.username(), body.username(), body.displayName(), body.password(), grants);
            return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(created));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        } catch (IllegalStateException e) {
            throw new ApiProblem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
        }
    }

    @GetMapping("/users")
    List<UserView> users() {
        access.requireEverywhere(Permission.MANAGE_USERS);
        return accounts.all().stream().map(UserView::of).toList();
    }
}
