package cn.suanpan.app.config;

import cn.suanpan.core.voice.VoiceGrammar;
import cn.suanpan.hardware.config.DeviceConfig;
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
    /** Folder of the Vosk speech model; empty: the English model shipped with the terminal. */
    public static final String VOICE_MODEL_DIR = "voice.model.dir";
    /** Language of that model and of the command words: en or zh. */
    public static final String VOICE_LANGUAGE = "voice.language";
    /** Part of the name of the microphone to use; empty: the system's default one. */
    public static final String VOICE_MICROPHONE = "voice.microphone";
    /** Word that starts a command in hands-free mode. */
    public static final String VOICE_WAKE_WORD = "voice.wakeWord";
    /** Least confidence (0 to 1) at which a spoken command is acted on (docs/VOICE.md). */
    public static final String VOICE_MIN_CONFIDENCE = "voice.minConfidence";
    /** Least share of the meaningful readings that must agree on a spoken command (docs/VOICE.md). */
    public static final String VOICE_MIN_AGREEMENT = "voice.minAgreement";
    /** Least word confidence (0 to 1) of the product and number words of a spoken command (docs/VOICE.md). */
    public static final String VOICE_MIN_SLOT_CONFIDENCE = "voice.minSlotConfidence";

    private final Path file;
    private final Properties values = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    public static Settings load(Path file) {
        Settings s = new Settings(file);
        s.values.setProperty(LANGUAGE, "zh_CN");
        s.values.setProperty(THEME, "light");
        s.values.setProperty(VOICE_MODEL_DIR, "");
        s.values.setProperty(VOICE_LANGUAGE, "en");
        s.values.setProperty(VOICE_MICROPHONE, "");
        s.values.setProperty(VOICE_WAKE_WORD, "cashier");
        s.values.setProperty(VOICE_MIN_CONFIDENCE, Double.toString(VoiceGrammar.DEFAULT_MIN_CONFIDENCE));
        s.values.setProperty(VOICE_MIN_AGREEMENT, Double.toString(VoiceGrammar.DEFAULT_MIN_AGREEMENT));
        s.values.setProperty(VOICE_MIN_SLOT_CONFIDENCE, Double.toString(VoiceGrammar.DEFAULT_MIN_SLOT_CONFIDENCE));
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

    /**
     * The {@code devices.*} keys as a device configuration (everything simulated by default).
     *
     * @throws cn.suanpan.hardware.serial.DeviceException naming a key whose value makes no sense
     */
    public DeviceConfig deviceConfig() {
        return DeviceConfig.load(values);
    }

    /** Replaces the {@code devices.*} keys; {@link #save()} writes them. */
    public void setDeviceConfig(DeviceConfig config) {
        config.save(values);
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
