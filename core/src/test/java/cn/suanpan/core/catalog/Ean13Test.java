package cn.suanpan.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class Ean13Test {

    @Example
    void codesFromTheDemoCatalogAreValid() {
        // SP00001, SP00002, SP00004 in assets/demo/catalog.csv, and the classic GS1 example
        assertThat(Ean13.isValidGtin("6999993984647")).isTrue();
        assertThat(Ean13.isValidGtin("6999993422408")).isTrue();
        assertThat(Ean13.isValidGtin("6999993109323")).isTrue();
        assertThat(Ean13.isValidGtin("6999993023537")).isTrue();
        assertThat(Ean13.isValidGtin("4006381333931")).isTrue();
        assertThat(Ean13.checkDigit("699999398464")).isEqualTo(7);
        assertThat(Ean13.withCheckDigit("400638133393")).isEqualTo("4006381333931");
    }

    @Example
    void otherGtinLengthsAreChecked() {
        assertThat(Ean13.isValidGtin("96385074")).isTrue();        // EAN-8
        assertThat(Ean13.isValidGtin("036000291452")).isTrue();    // UPC-A
        assertThat(Ean13.isValidGtin("10036000291459")).isTrue();  // GTIN-14
        assertThat(Ean13.isValidGtin("10036000291452")).isFalse();
    }

    @Example
    void aCorruptedDigitFails() {
        assertThat(Ean13.isValidGtin("6999993984648")).isFalse();
        assertThat(Ean13.isValidGtin("6999993084647")).isFalse();
    }

    @Example
    void notAGtinAtAll() {
        assertThat(Ean13.isValidGtin("")).isFalse();
        assertThat(Ean13.isValidGtin("699999398464")).isFalse();   // 12 digits, wrong check digit
        assertThat(Ean13.isValidGtin("69999939846471")).isFalse(); // 14 digits, wrong check digit
        assertThat(Ean13.isValidGtin("699999398464X")).isFalse();
        assertThat(Ean13.isValidGtin("６９９９９９３９８４６４７")).isFalse(); // full-width digits
        assertThat(Ean13.isValidGtin("123456789")).isFalse();
    }

    @Property
    void appendingTheCheckDigitMakesAValidCode(@ForAll("gtinBodies") String body) {
        String code = body + Ean13.checkDigit(body);
        assertThat(Ean13.isValidGtin(code)).isTrue();
    }

    @Property
    void everySingleWrongDigitIsCaught(@ForAll("gtinBodies") String body,
                                       @ForAll @IntRange(min = 0, max = 13) int position,
                                       @ForAll @IntRange(min = 1, max = 9) int shift) {
        String code = body + Ean13.checkDigit(body);
        int at = position % code.length();
        char wrong = (char) ('0' + (code.charAt(at) - '0' + shift) % 10);
        String corrupted = code.substring(0, at) + wrong + code.substring(at + 1);
        assertThat(Ean13.isValidGtin(corrupted)).isFalse();
    }

    @Provide
    Arbitrary<String> gtinBodies() {
        // bodies of EAN-8, UPC-A, EAN-13 and GTIN-14 codes
        return Arbitraries.of(7, 11, 12, 13)
                .flatMap(n -> Arbitraries.strings().numeric().ofLength(n));
    }
}
