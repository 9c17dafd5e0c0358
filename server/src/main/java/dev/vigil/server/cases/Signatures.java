package dev.vigil.server.cases;

import dev.vigil.server.api.ApiProblem;
import dev.vigil.server.security.Account;
import dev.vigil.server.security.Credentials;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The electronic signature a publication needs (21 CFR 11.50, 11.200): a stated meaning and the signer's
 * password re-entered, checked through the same throttled credential check as signing in. One home, because
 * an advisory and a VEX are published under the same rule.
 */
@Component
class Signatures {

    static final Set<String> MEANINGS = Set.of("review", "approval", "responsibility", "authorship");

    private final Credentials credentials;

    Signatures(Credentials credentials) {
        this.credentials = credentials;
    }

    /** Refuses a meaning the signature cannot carry (checked before any work is done). */
    static void requireMeaning(String meaning) {
        if (meaning == null || !MEANINGS.contains(meaning)) {
            throw ApiProblem.badRequest("meaning must be one of review, approval, responsibility, authorship");
        }
    }

    /** Refuses a wrong password (401) or a signer who failed too often (429). */
    void requirePassword(Account signer, String password) {
        Credentials.Outcome check = credentials.check(signer.username(), password, "signature");
        if (check instanceof Credentials.Outcome.Throttled) {
            throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed attempts", "wait before signing again");
        }
        if (!(check instanceof Credentials.Outcome.Accepted)) {
            throw new ApiProblem(HttpStatus.UNAUTHORIZED, "Signature refused", "the password re-entered is wrong");
        }
    }
}
