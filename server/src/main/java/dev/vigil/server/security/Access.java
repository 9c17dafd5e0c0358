package dev.vigil.server.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Authorization, per product, for every endpoint: the signed-in user's stored grants decide, looked up on
 * each request so that a revoked grant takes effect at once on every instance.
 */
@Service
public class Access {

    private final Accounts accounts;

    Access(Accounts accounts) {
        this.accounts = accounts;
    }

    /** The signed-in user, with their grants; refused when the name has no account (403). */
    public Account current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            throw new AccessDeniedException("not signed in");
        }
        return accounts.find(auth.getName())
                .orElseThrow(() -> new AccessDeniedException("'" + auth.getName() + "' has no account here"));
    }

    /** The current user when they hold {@code permission} on {@code product}; 403 otherwise. */
    public Account require(Permission permission, String product) {
        return require(permission, Optional.of(product));
    }

    /** The current user when a grant for all products gives them {@code permission}; 403 otherwise. */
    public Account requireEverywhere(Permission permission) {
        return require(permission, Optional.empty());
    }

    public boolean may(Account account, Permission permission, String product) {
        return account.grants().stream().anyMatch(g -> g.allows(permission, Optional.of(product)));
    }

    public boolean mayEverywhere(Account account, Permission permission) {
        return account.grants().stream().anyMatch(g -> g.allows(permission, Optional.empty()));
    }

    private Account require(Permission permission, Optional<String> product) {
        Account account = current();
        if (account.grants().stream().noneMatch(g -> g.allows(permission, product))) {
            throw new AccessDeniedException(account.username() + " may not "
                    + permission.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + product.map(p -> " on product " + p).orElse(" on all products"));
        }
        return account;
    }
}
