package cn.suanpan.bench.voice;

import cn.suanpan.hardware.speech.WavAudio;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Speech from text with espeak-ng, resampled to 16 kHz mono by sox with a little silence
 * around it, and the same speech under noise at a given signal-to-noise ratio.
 */
final class SpeechSynth {

    private SpeechSynth() {
    }

    static boolean available() {
        return runs("espeak-ng", "--version") && runs("sox", "--version");
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Writes {@code out} (16 kHz mono 16-bit) unless it is there already. */
    static void speak(String text, String voice, int wordsPerMinute, Path out) throws IOException, InterruptedException {
        if (Files.isRegularFile(out) && Files.size(out) > 44) {
            return;
        }
        Path raw = out.resolveSibling(out.getFileName() + ".raw.wav");
        run("espeak-ng", "-v", voice, "-s", Integer.toString(wordsPerMinute), "-w", raw.toString(), text);
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp.wav");
        run("sox", raw.toString(), "-r", "16000", "-c", "1", "-b", "16", tmp.toString(), "pad", "0.3", "0.6");
        Files.delete(raw);
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Noise of the given colour (white, pink, brown) from sox, {@code seconds} long, 16 kHz mono. */
    static byte[] noise(String colour, double seconds, Path work) throws IOException, InterruptedException {
        Path file = work.resolve("noise-" + colour + "-" + Math.round(seconds * 1000) + ".wav");
        if (!Files.isRegularFile(file)) {
            Path tmp = work.resolve(file.getFileName() + ".tmp.wav");
            run("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", tmp.toString(), "synth", String.format(java.util.Locale.ROOT, "%.3f", seconds),
                    colour + "noise", "vol", "0.5");
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return WavAudio.read(file);
    }

    /**
     * Speech plus noise scaled so that the speech (its samples louder than -40 dBFS, not the
     * silence around it) is {@code snrDb} above the noise.
     */
    static byte[] mix(byte[] speech, byte[] noise, double snrDb) {
        short[] s = samples(speech);
        short[] n = samples(noise);
        double speechPower = 0;
        int active = 0;
        double threshold = 32768 * Math.pow(10, -40 / 20.0);
        for (short v : s) {
            if (Math.abs(v) > threshold) {
                speechPower += (double) v * v;
                active++;
            }
        }
        speechPower /= Math.max(1, active);
        double noisePower = 0;
        for (int i = 0; i < s.length; i++) {
            double v = n[i % n.length];
            noisePower += v * v;
        }
        noisePower /= Math.max(1, s.length);
        double gain = Math.sqrt(speechPower / (noisePower * Math.pow(10, snrDb / 10)));
        byte[] out = new byte[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            int v = (int) Math.round(s[i] + gain * n[i % n.length]);
            v = Math.clamp(v, Short.MIN_VALUE, Short.MAX_VALUE);
            out[2 * i] = (byte) v;
            out[2 * i + 1] = (byte) (v >> 8);
        }
        return out;
    }

    private static short[] samples(byte[] pcm) {
        short[] out = new short[pcm.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (short) ((pcm[2 * i] & 0xff) | (pcm[2 * i + 1] << 8));
        }
        return out;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(command));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + output);
        }
    }
}
