package cn.suanpan.cloud.payment.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final byte[] RFC_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    /** The SHA-1 test vectors of RFC 6238, appendix B. */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082",
            "1111111109, 07081804",
            "1111111111, 14050471",
            "1234567890, 89005924",
            "2000000000, 69279037",
            "20000000000, 65353130"})
    void matchesTheRfcVectors(long unixSeconds, String expected) {
        assertThat(Totp.at(RFC_KEY, unixSeconds, 8)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, 0", "29, 0", "30, 1", "59, 1", "1111111109, 37037036"})
    void stepsAreThirtySeconds(long unixSeconds, long step) {
        assertThat(Totp.step(unixSeconds)).isEqualTo(step);
    }
}
