package cn.suanpan.cloud.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key the wallet gateways hand to the cashier, and the reconciliation to the
 * shop's admin, is in the core bundles, in English and Chinese.
 */
class PaymentMessageKeysTest {

    private static final Pattern KEY = Pattern.compile("\"(payment\\.(?:failed|reversed|refund|reconcile)\\.[A-Za-z]+)\"");

    @Test
    void everyKeyTheGatewaysUseIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/cn/suanpan/cloud/payment"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).contains("payment.failed.insufficientBalance", "payment.reversed.timeout",
                "payment.refund.overLimit", "payment.reconcile.notYet", "payment.reconcile.missingInLedger");
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(en.stringPropertyNames()).as("en").containsAll(used);
        assertThat(zh.stringPropertyNames()).as("zh_CN").containsAll(used);
        used.forEach(k -> assertThat(zh.getProperty(k)).as(k).isNotBlank().isNotEqualTo(en.getProperty(k)));
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PaymentMessageKeysTest.class.getResourceAsStream("/cn/suanpan/core/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
