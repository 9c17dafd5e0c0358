package dev.vigil.server.security;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The sign-in form checks the same stored, throttled credentials as the API. */
final class StoredCredentialsProvider implements AuthenticationProvider {

    private final Credentials credentials;

    StoredCredentialsProvider(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object password = authentication.getCredentials();
        Credentials.Outcome outcome =
                credentials.check(username, password == null ? null : password.toString(), "sign-in");
        if (outcome instanceof Credentials.Outcome.Accepted a) {
            return UsernamePasswordAuthenticationToken.authenticated(
                    a.account().username(), null, authorities(a.account()));
        }
        if (outcome instanceof Credentials.Outcome.Throttled) {
            throw new LockedException("too many failed sign-ins: wait");
        }
        throw new BadCredentialsException("wrong username or password");
    }

    /** ROLE_ADMIN for an all-products administrator: the actuator's health details look for it. */
    private static List<SimpleGrantedAuthority> authorities(Account account) {
        boolean admin = account.grants().stream()
                .anyMatch(g -> g.role() == Role.ADMINISTRATOR && g.product().isEmpty());
        return admin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
