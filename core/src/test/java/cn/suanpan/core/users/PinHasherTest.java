package cn.suanpan.core.users;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinHasherTest {

    /** Cheap parameters keep the tests fast; the format and the checks are the same. */
    private final PinHasher cheap = new PinHasher(1024, 1);

    @Test
    void hashesArePhcArgon2idStrings() {
        assertThat(cheap.hash("1234"))
                .matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    }

    @Test
    void twoHashesOfTheSamePinDifferAndBothMatch() {
        String a = cheap.hash("1234");
        String b = cheap.hash("1234");
        assertThat(a).isNotEqualTo(b);
        assertThat(cheap.matches("1234", a)).isTrue();
        assertThat(cheap.matches("1234", b)).isTrue();
    }

    @Test
    void aWrongPinDoesNotMatch() {
        String hash = cheap.hash("1234");
        assertThat(cheap.matches("1235", hash)).isFalse();
        assertThat(cheap.matches("", hash)).isFalse();
        assertThat(cheap.matches("12345", hash)).isFalse();
    }

    @Test
    void somethingThatIsNotAnArgon2idHashNeverMatches() {
        String hash = cheap.hash("1234");
        assertThat(cheap.matches("1234", hash.replace("argon2id", "argon2i"))).isFalse();
        assertThat(cheap.matches("1234", "1234")).isFalse();
        assertThat(cheap.matches("1234", "")).isFalse();
    }

    @Test
    void theDefaultParametersAreTheRecommendedMinimumAndVerifyWithAnyHasher() {
        String hash = new PinHasher().hash("0000");
        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        // the parameters travel in the string, so hashes made with other settings still verify
        assertThat(cheap.matches("0000", hash)).isTrue();
        assertThat(cheap.matches("0001", hash)).isFalse();
    }
}
