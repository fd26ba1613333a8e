package cn.suanpan.app.voice;

import cn.suanpan.app.config.DataDirectory;
import cn.suanpan.app.config.Settings;
import cn.suanpan.hardware.speech.SpeechException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the speech model folder, in this order:
 * <ol>
 * <li>the {@code voice.model.dir} setting (relative to the data directory), when set;</li>
 * <li>{@code voice-model/model-en-us} in the data directory (an owner may drop a model there);</li>
 * <li>{@code voice-model/model-en-us} beside the terminal's jar: {@code app/target} in a build,
 *     the application folder of an installed terminal.</li>
 * </ol>
 */
public final class VoiceModelLocator {

    public static final String SHIPPED = "voice-model/model-en-us";

    private VoiceModelLocator() {
    }

    /** The model folder, or a {@link SpeechException} naming the places looked at. */
    public static Path locate(Settings settings, DataDirectory dataDirectory) {
        List<Path> candidates = candidates(settings, dataDirectory);
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new SpeechException("speech.model.missing",
                candidates.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }

    static List<Path> candidates(Settings settings, DataDirectory dataDirectory) {
        List<Path> out = new ArrayList<>();
        String configured = settings.get(Settings.VOICE_MODEL_DIR);
        if (configured != null && !configured.isBlank()) {
            // an owner's explicit choice is the only place looked at: a typo must not fall back silently
            out.add(dataDirectory.root().resolve(configured.strip()).normalize());
            return out;
        }
        out.add(dataDirectory.root().resolve(SHIPPED));
        Path besideJar = applicationFolder();
        if (besideJar != null) {
            out.add(besideJar.resolve(SHIPPED));
        }
        return out;
    }

    /** The folder holding the terminal's jar (or, in a build, {@code target/} above {@code classes/}). */
    static Path applicationFolder() {
        try {
            var source = VoiceModelLocator.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI());
            return location.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
