package cn.suanpan.app.ui.common;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Clip;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sounds through {@code javax.sound.sampled} (javafx.media is not part of the terminal).
 * Opening a clip can take tens of milliseconds on some sound servers, so clips are opened
 * once, lazily, on a background thread, and played from there; a terminal without a sound
 * device simply stays quiet (logged once).
 */
public final class ClipSounds implements Sounds, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClipSounds.class);

    private final ExecutorService player = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sounds");
        t.setDaemon(true);
        return t;
    });
    private final Map<Sound, Clip> clips = new EnumMap<>(Sound.class);
    private volatile boolean enabled = true;
    private boolean unavailable;

    public void setEnabled(boolean on) {
        enabled = on;
    }

    @Override
    public void play(Sound sound) {
        // a sound asked for while the window closes (a background failure reported late) is not played
        if (!enabled || player.isShutdown()) {
            return;
        }
        player.execute(() -> {
            Clip clip = clip(sound);
            if (clip != null) {
                clip.stop();
                clip.setFramePosition(0);
                clip.start();
            }
        });
    }

    private Clip clip(Sound sound) {
        if (unavailable) {
            return null;
        }
        Clip clip = clips.get(sound);
        if (clip != null) {
            return clip;
        }
        try (InputStream raw = ClipSounds.class.getResourceAsStream(sound.resource())) {
            if (raw == null) {
                LOG.warn("Sound {} is missing from the assets", sound.resource());
                return null;
            }
            try (AudioInputStream in = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
                clip = AudioSystem.getClip();
                clip.open(in);
                clips.put(sound, clip);
                return clip;
            }
        } catch (Exception | LinkageError e) {
            unavailable = true;
            LOG.info("No sound on this terminal: {}", e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        player.execute(() -> clips.values().forEach(Clip::close));
        player.shutdown();
    }
}
