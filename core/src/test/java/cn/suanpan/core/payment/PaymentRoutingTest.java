package cn.suanpan.core.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.catalog.scale.ScaleLayout;
import cn.suanpan.core.i18n.SuanpanException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaymentRoutingTest {

    private final PaymentRouting routing = PaymentRouting.bundled();

    @Test
    void routesEachWalletsCodes() {
        assertThat(routing.route("134567890123456789")).contains(Wallet.WECHAT);
        assertThat(routing.route("104567890123456789")).contains(Wallet.WECHAT);
        assertThat(routing.route("2845678901234567")).contains(Wallet.ALIPAY);
        assertThat(routing.route("301234567890123456789012")).contains(Wallet.ALIPAY);
        assertThat(routing.route("6212345678901234567")).contains(Wallet.UNIONPAY);
        assertThat(routing.route("0112345678901234567")).contains(Wallet.ECNY);
        assertThat(routing.route("881234567812345678")).contains(Wallet.MEMBER);
        // a space or dash a cashier types is ignored
        assertThat(routing.route("1345 6789 0123 4567 89")).contains(Wallet.WECHAT);
    }

    @Test
    void refusesCodesOfTheWrongLengthOrStart() {
        assertThat(routing.route("13456789012345678")).isEmpty(); // WeChat with 17 digits
        assertThat(routing.route("1645678901234567890")).isEmpty(); // 16 is no WeChat prefix
        assertThat(routing.route("2512345678901234567890123")).isEmpty(); // Alipay with 25 digits
        assertThat(routing.route("621234567890123456")).isEmpty(); // UnionPay with 18 digits
        assertThat(routing.route("13456789012345678A")).isEmpty();
        assertThatThrownBy(() -> routing.walletOf("999999999999999999"))
                .isInstanceOfSatisfying(SuanpanException.class, e -> assertThat(e.userMessage().key()).isEqualTo("payment.code.unknown"));
    }

    /**
     * The proof that no code can match two wallets: a rule looks only at a code's length and
     * first two digits (every prefix of the table has two), so trying every two-digit start
     * with every length tries every class of code there is.
     */
    @Test
    void noCodeMatchesTwoWallets() {
        assertThat(routing.rules()).allSatisfy(r -> assertThat(r.prefixes()).allMatch(p -> p.length() == 2));
        for (int start = 0; start < 100; start++) {
            for (int length = 1; length <= RoutingRule.LONGEST_CODE; length++) {
                String code = String.format("%02d", start) + "0".repeat(Math.max(0, length - 2));
                String c = code.substring(0, length);
                Set<Wallet> wallets = routing.rules().stream().filter(r -> r.matches(c)).map(RoutingRule::wallet)
                        .collect(Collectors.toSet());
                assertThat(wallets).as("code %s", c).hasSizeLessThanOrEqualTo(1);
            }
        }
    }

    @Property
    void anyDigitStringMatchesAtMostOneWallet(@ForAll @NumericChars @StringLength(min = 1, max = 30) String code) {
        long matching = routing.rules().stream().filter(r -> r.matches(code)).map(RoutingRule::wallet).distinct().count();
        assertThat(matching).isLessThanOrEqualTo(1);
    }

    @Test
    void theMemberCodeCollidesWithNoWallet() {
        RoutingRule member = routing.ruleOf(Wallet.MEMBER).orElseThrow();
        assertThat(routing.rules()).filteredOn(r -> r.wallet() != Wallet.MEMBER).noneMatch(member::overlaps);
    }

    @Test
    void aTableWhereTwoWalletsShareACodeIsRefused() {
        assertThatThrownBy(() -> new PaymentRouting(List.of(
                new RoutingRule(Wallet.WECHAT, List.of("13"), 18, 18),
                new RoutingRule(Wallet.MEMBER, List.of("1"), 16, 20))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("WECHAT").hasMessageContaining("MEMBER");
        assertThatThrownBy(() -> new RoutingRule(Wallet.MEMBER, List.of("88"), 13, 13))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShopsOwnTableReplacesTheBundledOneAndABrokenOneIsIgnored(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(PaymentRouting.FILE_NAME), """
                {"version":1,"rules":[{"wallet":"MEMBER","prefixes":["77"],"minLength":20,"maxLength":20}]}
                """, StandardCharsets.UTF_8);
        PaymentRouting own = PaymentRouting.load(dir);
        assertThat(own.route("77123456789012345678")).contains(Wallet.MEMBER);
        assertThat(own.route("134567890123456789")).isEmpty();

        Files.writeString(dir.resolve(PaymentRouting.FILE_NAME), "{\"rules\":[{\"wallet\":\"WECHAT\",\"prefixes\":[\"1\"],\"minLength\":8,\"maxLength\":8}]}");
        assertThat(PaymentRouting.load(dir).route("134567890123456789")).contains(Wallet.WECHAT);
    }

    @Test
    void noBarcodeOfTheDemoCatalogIsAPaymentCode() throws IOException {
        Path catalog = Path.of("..", "assets", "demo", "catalog.csv");
        List<String> barcodes = Files.readAllLines(catalog, StandardCharsets.UTF_8).stream().skip(1)
                .map(line -> line.split(",", -1)[1]).filter(s -> !s.isBlank())
                .flatMap(s -> List.of(s.split("\\|")).stream()).toList();
        assertThat(barcodes).hasSizeGreaterThan(10);
        assertThat(barcodes).noneMatch(routing::looksLikePaymentCode);
    }

    @Property
    void eanCodesAreNeverPaymentCodes(@ForAll @NumericChars @StringLength(12) String body,
                                      @ForAll @NumericChars @StringLength(7) String shortBody) {
        assertThat(routing.looksLikePaymentCode(body + Ean13.checkDigit(body))).isFalse();
        assertThat(routing.looksLikePaymentCode(shortBody + Ean13.checkDigit(shortBody))).isFalse();
    }

    @Property
    void validScaleLabelsAreNeverPaymentCodes(@ForAll @IntRange(min = 20, max = 29) int prefix,
                                             @ForAll @NumericChars @StringLength(15) String digits) {
        ScaleLabelDecoder scale = ScaleLabelDecoder.defaults();
        String body = prefix + digits;
        String label = body + Ean13.checkDigit(body);
        assertThat(scale.decode(label)).isPresent();
        assertThat(routing.looksLikePaymentCode(label, scale)).isFalse();
        String thirteen = body.substring(0, 12) + Ean13.checkDigit(body.substring(0, 12));
        assertThat(routing.looksLikePaymentCode(thirteen, scale)).isFalse();
    }

    @Test
    void anAlipayCodeThatIsNoValidLabelStillPays() {
        ScaleLabelDecoder scale = new ScaleLabelDecoder(List.of(ScaleLayout.priceAndWeight(28)));
        String body = "28123456789012345";
        char wrong = (char) ('0' + (Ean13.checkDigit(body) + 1) % 10);
        assertThat(routing.looksLikePaymentCode(body + wrong, scale)).isTrue();
        assertThat(routing.looksLikePaymentCode("2812345678901234567890", scale)).isTrue();
        assertThat(EnumSet.allOf(Wallet.class)).allMatch(w -> routing.ruleOf(w).isPresent());
    }

    @Test
    void masksAllButTheLastFourDigits() {
        assertThat(MaskedCode.of("134567890123456789")).isEqualTo("****6789");
        assertThat(MaskedCode.of("123")).isEqualTo("****3");
    }
}
