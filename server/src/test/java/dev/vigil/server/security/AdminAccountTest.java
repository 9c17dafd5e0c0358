package dev.vigil.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminAccountTest {

    private final SecureRandom random = new SecureRandom();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void withoutAConfiguredPasswordARandomOneIsGenerated(String configured) {
        AdminAccount admin = AdminAccount.of("admin", configured, random);

        assertThat(admin.generated()).isTrue();
        assertThat(admin.password()).hasSize(24).matches("[A-Za-z0-9_-]+");
        assertThat(AdminAccount.of("admin", configured, random).password()).isNotEqualTo(admin.password());
    }

    @Test
    void aConfiguredPasswordIsUsedAsIs() {
        AdminAccount admin = AdminAccount.of("admin", "correct horse battery", random);

        assertThat(admin.generated()).isFalse();
        assertThat(admin.password()).isEqualTo("correct horse battery");
    }

    @Test
    void aShortConfiguredPasswordStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> AdminAccount.of("admin", "secret", random))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("VIGIL_ADMIN_PASSWORD (vigil.admin.password) must have at least 12 characters, has 6");
    }

    @Test
    void aBlankUsernameIsRefused() {
        assertThatThrownBy(() -> AdminAccount.of(" ", null, random))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("vigil.admin.username must not be blank");
    }

    @Test
    void thePasswordNeverAppearsInToString() {
        AdminAccount admin = AdminAccount.of("admin", "correct horse battery", random);

        assertThat(admin.toString()).doesNotContain("correct horse battery").contains("admin");
    }
}
