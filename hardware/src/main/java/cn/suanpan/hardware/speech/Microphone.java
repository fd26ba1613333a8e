package cn.suanpan.hardware.speech;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.TargetDataLine;

/** A microphone captured with javax.sound.sampled at 16 kHz mono, the recognizer's format. */
public final class Microphone implements AudioSource {

    private static final DataLine.Info LINE = new DataLine.Info(TargetDataLine.class, WavAudio.FORMAT);

    private final TargetDataLine line;
    private volatile boolean closed;

    private Microphone(TargetDataLine line) {
        this.line = line;
    }

    /** The names of the sound devices that can record in the recognizer's format. */
    public static List<String> devices() {
        List<String> names = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (AudioSystem.getMixer(info).isLineSupported(LINE)) {
                names.add(info.getName());
            }
        }
        return names;
    }

    /**
     * Opens and starts the microphone whose device name contains {@code device} (ignoring
     * case), or the system's default one when {@code device} is null or blank.
     */
    public static Microphone open(String device) {
        List<String> available = devices();
        if (available.isEmpty() && !AudioSystem.isLineSupported(LINE)) {
            throw new SpeechException("speech.mic.none");
        }
        try {
            TargetDataLine line;
            if (device == null || device.isBlank()) {
                line = (TargetDataLine) AudioSystem.getLine(LINE);
            } else {
                Mixer.Info chosen = null;
                for (Mixer.Info info : AudioSystem.getMixerInfo()) {
                    if (info.getName().toLowerCase(Locale.ROOT).contains(device.strip().toLowerCase(Locale.ROOT))
                            && AudioSystem.getMixer(info).isLineSupported(LINE)) {
                        chosen = info;
                        break;
                    }
                }
                if (chosen == null) {
                    throw new SpeechException("speech.mic.notFound", device, String.join(", ", available));
                }
                line = (TargetDataLine) AudioSystem.getMixer(chosen).getLine(LINE);
            }
            // 100 ms of buffer: enough to ride out a busy moment, short enough for a lively meter
            line.open(WavAudio.FORMAT, WavAudio.BYTES_PER_SECOND / 5);
            line.start();
            return new Microphone(line);
        } catch (LineUnavailableException | IllegalArgumentException | SecurityException e) {
            throw new SpeechException(new HardwareMessage("speech.mic.busy", String.valueOf(e.getMessage())), e);
        }
    }

    @Override
    public int read(byte[] buffer) {
        if (closed) {
            return -1;
        }
        int n = line.read(buffer, 0, buffer.length - buffer.length % 2);
        return closed && n == 0 ? -1 : n;
    }

    @Override
    public void close() {
        closed = true;
        line.stop();
        line.close();
    }
}
