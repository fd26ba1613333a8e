package cn.suanpan.core.catalog.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.money.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleLabelDecoderTest {

    final ScaleLabelDecoder defaults = ScaleLabelDecoder.defaults();

    @Test
    void priceLabel() {
        String code = Ean13.withCheckDigit("220010101234"); // 22 | 00101 | 01234 fen

        assertThat(defaults.decode(code)).contains(new ScaleLabel.Priced(code, "00101", Money.ofFen(1234)));
    }

    @Test
    void weightLabel() {
        String code = Ean13.withCheckDigit("250010201500"); // 25 | 00102 | 1500 g

        assertThat(defaults.decode(code)).contains(new ScaleLabel.Weighed(code, "00102", 1500));
    }

    @Test
    void eighteenDigitLabelCarriesPriceAndWeight() {
        String code = Ean13.withCheckDigit("28001030239602000"); // 28 | 00103 | 02396 fen | 02000 g

        assertThat(code).hasSize(18);
        assertThat(defaults.decode(code)).contains(new ScaleLabel.WeighedAndPriced(code, "00103", 2000, Money.ofFen(2396)));
    }

    @Test
    void wrongCheckDigitIsRejected() {
        String good13 = Ean13.withCheckDigit("220010101234");
        String good18 = Ean13.withCheckDigit("28001030239602000");

        assertThat(defaults.decode(wrongCheck(good13))).get().isInstanceOfSatisfying(ScaleLabel.Invalid.class,
                i -> assertThat(i.message().key()).isEqualTo("scale.badCheckDigit"));
        assertThat(defaults.decode(wrongCheck(good18))).get().isInstanceOfSatisfying(ScaleLabel.Invalid.class,
                i -> assertThat(i.message().key()).isEqualTo("scale.badCheckDigit"));
    }

    @Test
    void inStorePrefixWithoutLayoutIsReported() {
        String code = Ean13.withCheckDigit("280010101234");

        assertThat(defaults.decode(code)).get().isInstanceOfSatisfying(ScaleLabel.Invalid.class, i -> {
            assertThat(i.message().key()).isEqualTo("scale.unknownPrefix");
            assertThat(i.message().args()).containsExactly(code, "28");
        });
    }

    @Test
    void labelWithoutWeightOrPriceIsRejected() {
        String code = Ean13.withCheckDigit("220010100000");

        assertThat(defaults.decode(code)).get().isInstanceOfSatisfying(ScaleLabel.Invalid.class,
                i -> assertThat(i.message().key()).isEqualTo("scale.noValue"));
    }

    @Test
    void otherCodesAreNoScaleLabels() {
        assertThat(defaults.decode("6901234567892")).isEmpty(); // a manufacturer's EAN-13
        assertThat(defaults.decode("22001010123")).isEmpty(); // too short
        assertThat(defaults.decode("22001010123A")).isEmpty();
        assertThat(defaults.decode("1900103023960200001")).isEmpty();
        assertThat(defaults.decode("")).isEmpty();
    }

    @Test
    void layoutsAreConfigurablePerPrefix() {
        ScaleLabelDecoder decoder = new ScaleLabelDecoder(List.of(
                new ScaleLayout(21, 6, List.of(new ScaleLayout.Value(ScaleLayout.Quantity.WEIGHT_GRAMS, 4))),
                new ScaleLayout(27, 5, List.of(
                        new ScaleLayout.Value(ScaleLayout.Quantity.WEIGHT_GRAMS, 5),
                        new ScaleLayout.Value(ScaleLayout.Quantity.PRICE_FEN, 6)))));
        String sixDigitItem = Ean13.withCheckDigit("210001230750"); // 21 | 000123 | 0750 g
        String weightFirst = Ean13.withCheckDigit("270010401234012345"); // 27 | 00104 | 01234 g | 012345 fen
        String priceLabel = Ean13.withCheckDigit("220010101234");

        assertThat(decoder.decode(sixDigitItem)).contains(new ScaleLabel.Weighed(sixDigitItem, "000123", 750));
        assertThat(decoder.decode(weightFirst))
                .contains(new ScaleLabel.WeighedAndPriced(weightFirst, "00104", 1234, Money.ofFen(12345)));
        assertThat(decoder.decode(priceLabel)).get().isInstanceOfSatisfying(ScaleLabel.Invalid.class,
                i -> assertThat(i.message().key()).isEqualTo("scale.unknownPrefix"));
        assertThat(decoder.decode(Ean13.withCheckDigit("28001030239602000"))).isEmpty(); // no 18-digit layout
    }

    @Test
    void layoutsAreChecked() {
        assertThat(ScaleLayout.weight(20).length()).isEqualTo(13);
        assertThat(ScaleLayout.priceAndWeight(29).length()).isEqualTo(18);
        assertThatThrownBy(() -> ScaleLayout.price(19)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScaleLayout(20, 3, List.of(new ScaleLayout.Value(ScaleLayout.Quantity.PRICE_FEN, 5))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScaleLayout(20, 5, List.of(
                new ScaleLayout.Value(ScaleLayout.Quantity.PRICE_FEN, 5), new ScaleLayout.Value(ScaleLayout.Quantity.PRICE_FEN, 5))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScaleLabelDecoder(List.of(ScaleLayout.price(22), ScaleLayout.weight(22))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String wrongCheck(String code) {
        char last = code.charAt(code.length() - 1);
        return code.substring(0, code.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }

}
