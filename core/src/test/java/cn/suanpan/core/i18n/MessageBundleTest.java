package cn.suanpan.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message the core can show exists in English and Chinese. */
class MessageBundleTest {

    /**
     * String literals handed to a message: {@code new SuanpanException("key"}, {@code new UserMessage("key"}
     * (qualified or not), and the importer's {@code error(column, "key"} helper.
     */
    private static final Pattern KEY_IN_SOURCE = Pattern.compile(
            "new\\s+(?:[\\w.]+\\.)?(?:SuanpanException|UserMessage)\\(\\s*\"([^\"]+)\""
                    + "|\\berror\\(\\s*[^,()]+,\\s*\"([^\"]+)\"");

    private static final Path SOURCES = Path.of("src", "main", "java");

    private static Properties load(String name) throws IOException {
        String resource = "/" + UserMessage.BUNDLE.replace('.', '/') + name + ".properties";
        try (InputStream in = MessageBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Set<String> en = load("").stringPropertyNames();
        Set<String> zh = load("_zh_CN").stringPropertyNames();
        assertThat(new TreeSet<>(zh)).as("keys missing in Chinese: %s", difference(en, zh)).containsAll(en);
        assertThat(new TreeSet<>(en)).as("keys missing in English: %s", difference(zh, en)).containsAll(zh);
    }

    @Test
    void noValueIsEmptyAndEveryValueIsAUsablePattern() throws IOException {
        for (String bundle : new String[] {"", "_zh_CN"}) {
            Properties p = load(bundle);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertThat(value).as("%s in messages%s", key, bundle).isNotBlank();
                // MessageFormat swallows a lone apostrophe; it must be doubled
                assertThat(value.replace("''", "")).as("%s in messages%s", key, bundle).doesNotContain("'");
                new MessageFormat(value, Locale.ROOT);
            }
        }
    }

    @Test
    void bothLanguagesUseTheSameArguments() throws IOException {
        Properties en = load("");
        Properties zh = load("_zh_CN");
        var mismatches = new TreeMap<String, String>();
        for (String key : en.stringPropertyNames()) {
            if (zh.containsKey(key) && !arguments(en.getProperty(key)).equals(arguments(zh.getProperty(key)))) {
                mismatches.put(key, en.getProperty(key) + " | " + zh.getProperty(key));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyKeyUsedInTheSourcesIsInTheBundle() throws IOException {
        Set<String> used = keysUsedInSources();
        // the scan itself works: keys of each form are found
        assertThat(used).contains("store.inUse", "catalog.import.unreadable", "catalog.import.duplicateSku",
                "catalog.import.badCheckDigit", "catalog.import.badAmount", "login.locked");

        Set<String> known = load("").stringPropertyNames();
        // a literal ending in a dot is a prefix completed at run time (e.g. by an enum name)
        Set<String> prefixes = new TreeSet<>();
        used.removeIf(k -> k.endsWith(".") && prefixes.add(k));
        for (String prefix : prefixes) {
            assertThat(known).as("keys starting with %s", prefix).anyMatch(k -> k.startsWith(prefix));
        }
        assertThat(difference(used, known)).as("keys used in core/src/main/java but missing from the bundle").isEmpty();
    }

    @Test
    void theChineseBundleIsChosenForAChineseCashier() {
        assertThat(new UserMessage("login.pinFormat").format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("密码为 4 到 12 位数字。");
        assertThat(new UserMessage("login.pinFormat").format(Locale.ENGLISH)).isEqualTo("A PIN has 4 to 12 digits.");
    }

    private static Set<String> keysUsedInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_SOURCE.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return keys;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> indexes = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            indexes.add(Integer.parseInt(m.group(1)));
        }
        return indexes;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
