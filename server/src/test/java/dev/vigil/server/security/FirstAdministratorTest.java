package dev.vigil.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vigil.server.VigilServerApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A first start without VIGIL_ADMIN_PASSWORD prints a generated password once, and it signs in; a restart
 * on the same data directory keeps every user and prints nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    private static final Pattern PRINTED = Pattern.compile("generated password \\(shown once, save it\\): (\\S+)");

    @Test
    void theGeneratedPasswordIsPrintedOnceAndTheDataSurvivesARestart(CapturedOutput output) throws Exception {
        Path dataDir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "test-data")), "restart-");
        String password;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Matcher printed = PRINTED.matcher(output.getOut());
            assertThat(printed.find()).as("the generated password is printed").isTrue();
            password = printed.group(1);
            assertThat(printed.find()).as("printed only once").isFalse();
            assertThat(first.getBean(Credentials.class).check("admin", password, "sign-in"))
                    .isInstanceOf(Credentials.Outcome.Accepted.class);
            first.getBean(Accounts.class)
                    .create(
                            "admin",
                            "kept",
                            "Kept User",
                            "kept-password-1",
                            List.of(new Grant(Role.VIEWER, Optional.empty())));
        }
        int printedBefore = count(output.getOut());
        try (ConfigurableApplicationContext second = start(dataDir)) {
            assertThat(count(output.getOut()))
                    .as("no new password on a restart")
                    .isEqualTo(printedBefore);
            assertThat(second.getBean(Accounts.class).find("kept")).isPresent();
            assertThat(second.getBean(Credentials.class).check("admin", password, "sign-in"))
                    .isInstanceOf(Credentials.Outcome.Accepted.class);
        }
    }

    private static int count(String out) {
        Matcher m = PRINTED.matcher(out);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(VigilServerApplication.class)
                .run("--server.port=0", "--vigil.data-dir=" + dataDir.toAbsolutePath(), "--vigil.admin.password=");
    }
}
