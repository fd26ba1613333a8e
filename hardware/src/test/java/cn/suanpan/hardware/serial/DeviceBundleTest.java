package cn.suanpan.hardware.serial;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every device message exists in English and Chinese, and the display's texts can be shown. */
class DeviceBundleTest {

    /** String literals in the sources that look like keys of this bundle. */
    private static final Pattern KEY_IN_SOURCE = Pattern.compile("\"((?:device|scale|display)\\.[a-z]+\\.[A-Za-z.]+|display\\.[a-z]+)\"");

    private static Properties load(String suffix) throws IOException {
        String resource = "/" + HardwareMessage.BUNDLE.replace('.', '/') + suffix + ".properties";
        try (InputStream in = DeviceBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndUsablePatterns() throws IOException {
        Properties en = load("");
        Properties zh = load("_zh_CN");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : new Properties[] {en, zh}) {
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value).as(key).isNotBlank();
                assertThat(value.replace("''", "")).as(key).doesNotContain("'");
                new MessageFormat(value, Locale.ROOT);
            }
        }
    }

    @Test
    void displayTextsArePrintableAsciiInEveryLanguage() throws IOException {
        for (Properties p : new Properties[] {load(""), load("_zh_CN")}) {
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith("display.")) {
                    assertThat(p.getProperty(key)).as(key).matches("[\\x20-\\x7E]{1,20}");
                }
            }
        }
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Set<String> known = load("").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            // the device settings' own key names (devices.display.type…) look like display and scale keys but are not
            Path settings = Path.of("src", "main", "java", "cn", "suanpan", "hardware", "config");
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_SOURCE.matcher(Files.readString(f));
                while (m.find()) {
                    if (!f.startsWith(settings) || m.group(1).startsWith("device.")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        for (ConnectionStatus s : ConnectionStatus.values()) {
            used.add(s.message().key());
        }
        assertThat(used).hasSizeGreaterThan(15);
        assertThat(known).containsAll(used);
    }

    @Test
    void messagesReadWellInBothLanguages() {
        HardwareMessage m = new HardwareMessage("device.error.queueFull", "/dev/ttyUSB0");
        assertThat(m.format(Locale.ENGLISH)).startsWith("The device on /dev/ttyUSB0 is not taking data");
        assertThat(m.format(Locale.SIMPLIFIED_CHINESE)).startsWith("/dev/ttyUSB0 上的设备不接收数据");
        assertThat(ConnectionStatus.RECONNECTING.message().format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("正在重新连接…");
    }
}
