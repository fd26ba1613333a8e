package cn.suanpan.core.catalog.index;

import static cn.suanpan.core.catalog.index.TestProducts.inactive;
import static cn.suanpan.core.catalog.index.TestProducts.product;
import static cn.suanpan.core.catalog.index.TestProducts.weighed;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.catalog.scale.ScaleLabel;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.money.Money;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LookupTest {

    static final String IN_STORE_CODE = Ean13.withCheckDigit("220099900001"); // prefix 22, but a catalog barcode

    final CatalogIndex index = CatalogIndex.of(List.of(
            product("SP00001", "可口可乐 500ml", "Coca-Cola 500ml", "6999993984647"),
            inactive(product("SP00002", "旧可乐", null, "6999993109323")),
            product("SP00300", "店内 切块西瓜", "Watermelon Slices", IN_STORE_CODE),
            weighed("SP00193", "香蕉", "00101")));
    final Lookup lookup = new Lookup(index, ScaleLabelDecoder.defaults());

    @Test
    void catalogBarcode() {
        assertThat(lookup.scan("6999993984647")).isInstanceOfSatisfying(ScanResult.Found.class, f -> {
            assertThat(f.product().sku()).isEqualTo("SP00001");
            assertThat(f.label()).isEmpty();
            assertThat(f.inactive()).isFalse();
        });
    }

    @Test
    void scannerNoiseIsIgnored() {
        assertThat(lookup.scan(" 6999993984647\r\n")).isInstanceOfSatisfying(ScanResult.Found.class,
                f -> assertThat(f.code()).isEqualTo("6999993984647"));
    }

    @Test
    void inactiveProductIsFoundAndFlagged() {
        assertThat(lookup.scan("6999993109323")).isInstanceOfSatisfying(ScanResult.Found.class,
                f -> assertThat(f.inactive()).isTrue());
    }

    @Test
    void keyedInSku() {
        assertThat(lookup.scan("SP00001")).isInstanceOfSatisfying(ScanResult.Found.class,
                f -> assertThat(f.product().barcodes()).containsExactly("6999993984647"));
    }

    @Test
    void scaleLabelResolvesToTheWeighedProduct() {
        String code = Ean13.withCheckDigit("220010101596"); // banana, ￥15.96

        assertThat(lookup.scan(code)).isInstanceOfSatisfying(ScanResult.Found.class, f -> {
            assertThat(f.product().sku()).isEqualTo("SP00193");
            assertThat(f.label()).contains(new ScaleLabel.Priced(code, "00101", Money.ofFen(1596)));
        });
    }

    @Test
    void eighteenDigitLabel() {
        String code = Ean13.withCheckDigit("20001010159602000");

        assertThat(lookup.scan(code)).isInstanceOfSatisfying(ScanResult.Found.class, f -> assertThat(f.label())
                .contains(new ScaleLabel.WeighedAndPriced(code, "00101", 2000, Money.ofFen(1596))));
    }

    @Test
    void catalogBarcodeWithAnInStorePrefixIsNotReadAsAScaleLabel() {
        assertThat(lookup.scan(IN_STORE_CODE)).isInstanceOfSatisfying(ScanResult.Found.class,
                f -> assertThat(f.product().sku()).isEqualTo("SP00300"));
    }

    @Test
    void scaleLabelOfAnUnknownItem() {
        String code = Ean13.withCheckDigit("250099901500");

        assertThat(lookup.scan(code)).isInstanceOfSatisfying(ScanResult.ScaleLabelError.class, e -> {
            assertThat(e.message().key()).isEqualTo("scale.unknownItem");
            assertThat(e.message().format(Locale.SIMPLIFIED_CHINESE)).contains("00999");
        });
    }

    @Test
    void scaleLabelWithAWrongCheckDigit() {
        String good = Ean13.withCheckDigit("250010101500");
        String bad = good.substring(0, 12) + (char) ('0' + (good.charAt(12) - '0' + 5) % 10);

        assertThat(lookup.scan(bad)).isInstanceOfSatisfying(ScanResult.ScaleLabelError.class,
                e -> assertThat(e.message().key()).isEqualTo("scale.badCheckDigit"));
    }

    @Test
    void unknownBarcode() {
        ScanResult result = lookup.scan("6901234567892");

        assertThat(result).isEqualTo(new ScanResult.NotFound("6901234567892"));
        ScanResult.Problem problem = (ScanResult.Problem) result;
        assertThat(problem.message().format(Locale.ENGLISH)).isEqualTo("Unknown barcode 6901234567892");
        assertThat(problem.message().format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("未知条码 6901234567892");
    }

    @Test
    void manufacturerCodeWithAWrongCheckDigit() {
        ScanResult result = lookup.scan("6901234567891");

        assertThat(result).isEqualTo(new ScanResult.BadCheckDigit("6901234567891"));
        assertThat(((ScanResult.Problem) result).message().format(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("条码 6901234567891 的校验位错误，请重新扫描。");
    }

    @Test
    void otherUnknownCodesAreNotFound() {
        assertThat(lookup.scan("12345")).isInstanceOf(ScanResult.NotFound.class);
        assertThat(lookup.scan("")).isInstanceOf(ScanResult.NotFound.class);
        assertThat(lookup.scan(null)).isInstanceOf(ScanResult.NotFound.class);
    }

    @Test
    void everyMessageKeyIsTranslated() {
        for (String key : List.of("scan.unknownBarcode", "scan.badCheckDigit", "scale.badCheckDigit",
                "scale.unknownItem", "scale.unknownPrefix", "scale.noValue")) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                String text = new cn.suanpan.core.i18n.UserMessage(key, "2500999015003", "00999").format(locale);
                assertThat(text).as(key + " " + locale).doesNotStartWith(key).contains("2500999015003");
            }
        }
    }
}
