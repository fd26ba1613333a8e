package cn.suanpan.app.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/**
 * The terminal's settings: one properties file in the data directory, written with
 * defaults on first start so an owner can read and edit it. Unknown keys are kept.
 */
public final class Settings {

    public static final String LANGUAGE = "ui.language";
    public static final String THEME = "ui.theme";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        s.values.setProperty(LANGUAGE, "zh_CN");
        s.values.setProperty(THEME, "light");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                s.values.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            s.save();
        }
        return s;
    }

    public String get(String key) {
        return values.getProperty(key);
    }

    public void set(String key, String value) {
        values.setProperty(key, value);
    }

    public Locale locale() {
        return Locale.forLanguageTag(get(LANGUAGE).replace('_', '-'));
    }

    public boolean darkTheme() {
        return "dark".equalsIgnoreCase(get(THEME));
    }

    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(out, "Suanpan terminal settings");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
