package cn.suanpan.app.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Fails when a string the terminal shows lacks a translation or a key is used but missing. */
class BundleCompletenessTest {

    private static final Path BUNDLES = Path.of("src/main/resources/cn/suanpan/app/i18n");
    private static final Pattern TR_CALL = Pattern.compile("\\btr\\(\\s*\"([A-Za-z0-9_]+(?:\\.[A-Za-z0-9_]+)+)\"");
    private static final Pattern ACTION_KEY = Pattern.compile("\"(action\\.[A-Za-z]+)\"");

    @Test
    void everyKeyIsInBothLanguagesAndNoneIsEmpty() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh_CN.properties");
        assertThat(zh.stringPropertyNames()).as("keys missing in zh_CN")
                .containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys missing in en")
                .containsAll(zh.stringPropertyNames());
        en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
        zh.forEach((k, v) -> assertThat(v.toString()).as("zh_CN " + k).isNotBlank());
    }

    @Test
    void everyKeyTheCodeUsesExists() throws IOException {
        Properties en = load("messages.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                collect(TR_CALL.matcher(source), used);
                collect(ACTION_KEY.matcher(source), used);
            }
        }
        // built from the importer's phase names
        used.add("cli.catalog.phase.check");
        used.add("cli.catalog.phase.write");
        assertThat(used).hasSizeGreaterThan(20);
        Set<String> missing = new HashSet<>(used);
        missing.removeAll(en.stringPropertyNames());
        assertThat(missing).as("keys used in code but not in the bundle").isEmpty();
    }

    @Test
    void chineseIsChosenForZhCnAndEnglishOtherwiseWhateverTheMachineLocale() {
        assertThat(new I18n(I18n.CHINESE).tr("sale.total")).isEqualTo("合计");
        assertThat(new I18n(java.util.Locale.ENGLISH).tr("sale.total")).isEqualTo("Total");
        assertThat(new I18n(java.util.Locale.FRENCH).tr("sale.total")).isEqualTo("Total");
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
