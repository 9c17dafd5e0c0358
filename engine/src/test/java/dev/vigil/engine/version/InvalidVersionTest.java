package dev.vigil.engine.version;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text that is not a version of the scheme is rejected with the scheme and the reason. */
class InvalidVersionTest {

    @ParameterizedTest(name = "{0} rejects ''{1}''")
    @CsvSource(
            delimiter = '|',
            value = {
                "Maven|''|empty",
                "Maven|1.0 beta|contains whitespace",
                "npm|1.0|expected MAJOR.MINOR.PATCH",
                "npm|9007199254740992.0.0|larger than 2^53 - 1",
                "SemVer|latest|must start with a number",
                "Go|v|must start with a number",
                "PyPI|'  '|empty",
                "NuGet|1.2.3.4.5|more than four numeric parts",
                "NuGet|1.x|is not a number",
                "RubyGems|1..2|malformed version number string",
                "Packagist|v|empty",
                "Debian|a:1.0|epoch is not a number",
                "Debian|-1|nothing before the revision",
                "Red Hat|''|empty",
                "Alpine|''|empty",
                "CRAN|1.0a|expected numbers separated by"
            })
    void rejectsWithReason(String ecosystem, String text, String reason) {
        VersionScheme scheme = VersionSchemes.forEcosystem(ecosystem).orElseThrow();
        assertThat(scheme.isValid(text)).isFalse();
        assertThatThrownBy(() -> scheme.parse(text))
                .isInstanceOf(InvalidVersionException.class)
                .hasMessageStartingWith("not a valid " + scheme.name() + " version: '" + text + "'")
                .hasMessageContaining(reason);
    }
}
