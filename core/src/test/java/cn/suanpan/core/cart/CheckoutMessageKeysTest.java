package cn.suanpan.core.cart;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.pricing.Adjustment;
import cn.suanpan.core.tender.TenderMethod;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message the cart, pricing and tenders can show exists in English and in Chinese. */
class CheckoutMessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/cn/suanpan/core");
    private static final Pattern KEY = Pattern.compile("\"((?:cart|pricing|tender)\\.[A-Za-z.]+[A-Za-z])\"");

    @Test
    void everyKeyUsedIsInBothBundles() throws IOException {
        Set<String> used = keysInSources();
        // keys made from an enum name rather than written out
        Arrays.stream(TenderMethod.values()).forEach(m -> used.add("tender.method." + m.name()));
        Arrays.stream(TenderMethod.values()).filter(m -> m != TenderMethod.CASH)
                .forEach(m -> used.add("tender.referenceRequired." + m.name()));
        assertThat(used).contains("cart.badQuantity", "pricing.adjustment.memberPrice", "tender.exceedsRemaining");

        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh_CN.properties");
        assertThat(en.stringPropertyNames()).containsAll(used);
        assertThat(zh.stringPropertyNames()).containsAll(used);
    }

    @Test
    void chineseTextsAreNotEnglishLeftOvers() throws IOException {
        Properties en = bundle("messages.properties");
        Properties zh = bundle("messages_zh_CN.properties");
        for (String key : keysInSources()) {
            assertThat(zh.getProperty(key)).as(key).isNotEqualTo(en.getProperty(key));
        }
    }

    @Test
    void adjustmentLabelsResolve() {
        for (Adjustment.Kind kind : Adjustment.Kind.values()) {
            if (kind != Adjustment.Kind.PROMOTION) {
                Adjustment a = new Adjustment(kind, cn.suanpan.core.money.Money.ZERO, null, null);
                assertThat(a.label(Locale.SIMPLIFIED_CHINESE)).doesNotContain("pricing.");
                assertThat(a.label(Locale.ENGLISH)).doesNotContain("pricing.");
            }
        }
        assertThat(new UserMessage("cart.weightOutOfRange", "100.000", "0.001", "99.999").format(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("重量 100.000 千克超出 0.001 至 99.999 千克的范围，请重新称重。");
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String pkg : new String[] {"cart", "pricing", "tender"}) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = KEY.matcher(Files.readString(file));
                    while (m.find()) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/cn/suanpan/core/i18n").resolve(name),
                StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
