package dev.vigil.engine.cvss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvssVectorValidationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            CVSS:3.1/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H              | missing mandatory metric AV
            CVSS:3.1/AV:N/AC:L                                   | missing mandatory metrics PR, UI, S, C, I, A
            CVSS:3.1/                                            | missing mandatory metrics AV, AC, PR, UI, S, C, I, A
            CVSS:3.1                                             | no metrics after the prefix CVSS:3.1
            CVSS:3.1/AV:N/AC:X/PR:N/UI:N/S:U/C:H/I:H/A:H         | unknown value X for metric AC (allowed: L, H)
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/E:Q     | unknown value Q for metric E (allowed: X, H, F, P, U)
            CVSS:3.1/AV:n/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H         | unknown value n for metric AV (allowed: N, A, L, P)
            CVSS:3.1/AV:N/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H    | duplicate metric AV
            CVSS:3.1/AV:N/AC:L/AT:N/PR:N/UI:N/S:U/C:H/I:H/A:H    | unknown metric AT for CVSS 3.1
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N/S:U | unknown value U for metric S (allowed: X, N, P)
            CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:S/SA:N | unknown value S for metric SI (allowed: H, L, N)
            CVSS:4.0/AV:N/AC:L/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N | missing mandatory metric AT
            CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H/        | empty metric (a '/' too many)
            CVSS:3.1/AV:N//AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H        | empty metric (a '/' too many)
            CVSS:3.1/AVN/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H          | malformed metric 'AVN' (expected NAME:VALUE)
            CVSS:3.1/AV:N:L/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H       | malformed metric 'AV:N:L' (expected NAME:VALUE)
            CVSS:3.1/AV:/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H          | malformed metric 'AV:' (expected NAME:VALUE)
            CVSS:2.0/AV:N/AC:L/Au:N/C:C/I:C/A:C                  | unsupported CVSS version 2.0 (supported: 3.0, 3.1, 4.0)
            AV:N/AC:L/Au:N/C:C/I:C/A:C                           | CVSS v2 vectors are not supported (only 3.0, 3.1, 4.0)
            AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H                  | missing version prefix CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/
            cvss:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H         | missing version prefix CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/
            """)
    void invalidVectorIsRejectedWithThePreciseReason(String vector, String reason) {
        assertThatThrownBy(() -> Cvss.score(vector))
                .isInstanceOf(InvalidCvssVectorException.class)
                .hasMessage(reason)
                .satisfies(e ->
                        assertThat(((InvalidCvssVectorException) e).vector()).isEqualTo(vector));
    }

    @Test
    void blankVectorIsEmpty() {
        assertThatThrownBy(() -> Cvss.score("  ")).hasMessage("empty vector");
    }

    @Test
    void nullVectorIsAProgrammingError() {
        assertThatThrownBy(() -> Cvss.score(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("vector == null");
    }
}
