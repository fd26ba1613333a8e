package cn.suanpan.app.voice;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.suanpan.hardware.speech.WavAudio;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Speech for the voice tests: espeak-ng says the text, sox makes it 16 kHz mono, and a faint
 * noise floor (about 40 dB under the speech, as any microphone has) is added.
 */
public final class SpokenCommands {

    private SpokenCommands() {
    }

    public static void assumeTools() {
        assumeTrue(runs("espeak-ng", "--version") && runs("sox", "--version"),
                "espeak-ng and sox are needed to make speech for this test (apt-get install espeak-ng sox)");
    }

    /** The espeak-ng voices the tests and the accuracy benchmark speak with. */
    public static final List<String> VOICES = List.of("en-us", "en", "en+m3", "en+f3", "en-us+m7", "en-gb-x-rp+f2");
    /** Slow, usual and quick speech, in words per minute. */
    public static final List<Integer> SPEEDS = List.of(140, 165, 190);

    /** A 16 kHz mono WAV file of the text. */
    public static Path wav(Path dir, String name, String text) throws IOException, InterruptedException {
        return wav(dir, name, text, "en-us", 175);
    }

    /** A 16 kHz mono WAV file of the text in one of espeak-ng's voices at a speed in words per minute. */
    public static Path wav(Path dir, String name, String text, String voice, int wordsPerMinute) throws IOException, InterruptedException {
        Path raw = dir.resolve(name + ".raw.wav");
        Path out = dir.resolve(name + ".wav");
        run("espeak-ng", "-v", voice, "-s", Integer.toString(wordsPerMinute), "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", out.toString(), "pad", "0.3", "0.6");
        return out;
    }

    public static byte[] pcm(Path dir, String name, String text) throws IOException, InterruptedException {
        return withNoiseFloor(WavAudio.read(wav(dir, name, text)), text);
    }

    /** The text in one of espeak-ng's voices at a speed, with the faint noise floor. */
    public static byte[] pcm(Path dir, String name, String text, String voice, int wordsPerMinute) throws IOException, InterruptedException {
        return withNoiseFloor(WavAudio.read(wav(dir, name, text, voice, wordsPerMinute)), text);
    }

    private static byte[] withNoiseFloor(byte[] pcm, String text) {
        Random random = new Random(text.hashCode());
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int v = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            v = Math.clamp(Math.round(v + random.nextGaussian() * 150), Short.MIN_VALUE, Short.MAX_VALUE);
            pcm[i] = (byte) v;
            pcm[i + 1] = (byte) (v >> 8);
        }
        return pcm;
    }

    private static boolean runs(String... command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + ": " + output);
        }
    }
}
