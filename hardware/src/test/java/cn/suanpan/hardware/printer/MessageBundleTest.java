package cn.suanpan.hardware.printer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text the printer code shows exists in English and Chinese. */
class MessageBundleTest {

    private static final Pattern KEY = Pattern.compile("\"((?:receipt|printer|speech)\\.[A-Za-z]+(?:\\.[A-Za-z]+)+)\"");

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader in = new InputStreamReader(
                MessageBundleTest.class.getResourceAsStream("/cn/suanpan/hardware/i18n/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames()))
                .isEqualTo(new TreeSet<>(load("messages.properties").stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(load("messages.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyPatternFormats() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_zh_CN.properties"}) {
            Properties properties = load(name);
            for (String key : properties.stringPropertyNames()) {
                MessageFormat format = new MessageFormat(properties.getProperty(key), Locale.ROOT);
                Object[] args = Arrays.stream(format.getFormatsByArgumentIndex())
                        .map(f -> f instanceof NumberFormat ? (Object) 1 : "x").toArray();
                assertThat(format.format(args)).as(name + " " + key).doesNotContain("{");
            }
        }
    }

    @Test
    void chineseLocaleGetsChineseText() {
        assertThat(new HardwareMessage("receipt.change").format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("找零");
        assertThat(new HardwareMessage("receipt.change").format(Locale.ENGLISH)).isEqualTo("Change");
        assertThat(new HardwareMessage("printer.warning.charactersReplaced", 2, "🎂 ☃").format(Locale.ENGLISH))
                .startsWith("2 character(s)").endsWith("🎂 ☃");
    }
}
