package dev.vigil.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;

@ExtendWith(OutputCaptureExtension.class)
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

    @Test
    void theGeneratedPasswordIsLoggedOnceAndIsTheOneThatSignsIn(CapturedOutput output) {
        SecurityConfiguration configuration = new SecurityConfiguration();
        PasswordEncoder encoder = configuration.passwordEncoder();

        UserDetails admin = configuration.users("admin", "", encoder).loadUserByUsername("admin");

        Matcher logged =
                Pattern.compile("for user 'admin' for this run only: (\\S+)").matcher(output.getOut());
        assertThat(logged.find()).as("the generated password is logged").isTrue();
        assertThat(encoder.matches(logged.group(1), admin.getPassword())).isTrue();
        assertThat(logged.find()).as("logged only once").isFalse();
    }

    @Test
    void aConfiguredPasswordIsNeverLogged(CapturedOutput output) {
        SecurityConfiguration configuration = new SecurityConfiguration();

        configuration.users("admin", "correct horse battery", configuration.passwordEncoder());

        assertThat(output.getAll()).doesNotContain("correct horse battery").doesNotContain("for this run only");
    }
}
