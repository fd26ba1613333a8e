package cn.suanpan.hardware.speech;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

/** Audio files and streams in the one format the recognizer takes: 16 kHz, mono, 16-bit signed little-endian PCM. */
public final class WavAudio {

    public static final float SAMPLE_RATE = 16_000f;
    public static final AudioFormat FORMAT = new AudioFormat(SAMPLE_RATE, 16, 1, true, false);
    public static final int BYTES_PER_SECOND = 32_000;

    private WavAudio() {
    }

    /** The file's audio as 16 kHz mono PCM, resampled and mixed down when it is in another PCM format. */
    public static byte[] read(Path file) {
        if (!Files.isReadable(file)) {
            throw new SpeechException("speech.wav.missing", file);
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            return convert(in, file.toString());
        } catch (UnsupportedAudioFileException e) {
            throw new SpeechException(new HardwareMessage("speech.wav.unreadable", file), e);
        } catch (IOException e) {
            throw new SpeechException(new HardwareMessage("speech.wav.unreadable", file), e);
        }
    }

    /** Audio from a stream that holds a whole file (WAV, AU or AIFF). */
    public static byte[] read(InputStream file, String name) {
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.markSupported() ? file : new java.io.BufferedInputStream(file))) {
            return convert(in, name);
        } catch (UnsupportedAudioFileException | IOException e) {
            throw new SpeechException(new HardwareMessage("speech.wav.unreadable", name), e);
        }
    }

    private static byte[] convert(AudioInputStream in, String name) throws IOException {
        AudioFormat format = in.getFormat();
        if (matches(format)) {
            return in.readAllBytes();
        }
        try (AudioInputStream converted = AudioSystem.getAudioInputStream(FORMAT, in)) {
            return converted.readAllBytes();
        } catch (IllegalArgumentException e) {
            // compressed formats (mp3, a-law in some containers) have no converter in the JDK
            throw new SpeechException(new HardwareMessage("speech.wav.format", name, format.toString()), e);
        }
    }

    static boolean matches(AudioFormat f) {
        return f.getEncoding() == AudioFormat.Encoding.PCM_SIGNED && f.getSampleRate() == SAMPLE_RATE && f.getChannels() == 1
                && f.getSampleSizeInBits() == 16 && !f.isBigEndian();
    }

    /** A recording as an audio source, e.g. to drive push-to-talk or hands-free mode from a file. */
    public static AudioSource source(byte[] pcm) {
        ByteArrayInputStream in = new ByteArrayInputStream(pcm);
        return new AudioSource() {
            @Override
            public int read(byte[] buffer) {
                return in.read(buffer, 0, buffer.length);
            }

            @Override
            public void close() {
            }
        };
    }

    /** {@code seconds} of digital silence, e.g. to let the recognizer notice the end of an utterance. */
    public static byte[] silence(double seconds) {
        return new byte[(int) (seconds * SAMPLE_RATE) * 2];
    }

    public static double seconds(int bytes) {
        return bytes / (double) BYTES_PER_SECOND;
    }
}
