package cn.suanpan.hardware.speech;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Real speech for tests: espeak-ng says the text, sox makes it 16 kHz mono. A faint noise
 * floor is added, as every microphone has one (perfectly clean synthetic speech is further
 * from what the model was trained on than a real counter is).
 */
final class Speech {

    private Speech() {
    }

    static void assumeTools() {
        assumeTrue(runs("espeak-ng", "--version") && runs("sox", "--version"),
                "espeak-ng and sox are needed to make speech for this test (apt-get install espeak-ng sox)");
    }

    /** The model unpacked by the build (see hardware/pom.xml), or the test is skipped. */
    static Path model() {
        String dir = System.getProperty("suanpan.voice.model");
        assumeTrue(dir != null && Files.isDirectory(Path.of(dir)),
                "no speech model unpacked: run the tests through Maven (it unpacks com.alphacephei:vosk-model-en)");
        return Path.of(dir);
    }

    /** A WAV file of {@code text}: 16 kHz mono unless {@code rate} says otherwise. */
    static Path wav(Path dir, String name, String text, String voice, int rate) throws IOException, InterruptedException {
        Path raw = dir.resolve(name + ".raw.wav");
        Path out = dir.resolve(name + ".wav");
        run("espeak-ng", "-v", voice, "-w", raw.toString(), text);
        run("sox", raw.toString(), "-r", Integer.toString(rate), "-c", "1", "-b", "16", out.toString(), "pad", "0.3", "0.6");
        return out;
    }

    /** 16 kHz PCM of {@code text} with a noise floor about 40 dB below the speech. */
    static byte[] pcm(Path dir, String name, String text) throws IOException, InterruptedException {
        return withNoiseFloor(WavAudio.read(wav(dir, name, text, "en-us", 16000)), name.hashCode());
    }

    static byte[] withNoiseFloor(byte[] pcm, long seed) {
        Random random = new Random(seed);
        byte[] out = new byte[pcm.length];
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int v = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            v = Math.clamp(Math.round(v + random.nextGaussian() * 150), Short.MIN_VALUE, Short.MAX_VALUE);
            out[i] = (byte) v;
            out[i + 1] = (byte) (v >> 8);
        }
        return out;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
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
