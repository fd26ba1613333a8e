package cn.suanpan.hardware.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NoiseSuppressorTest {

    private static final int RATE = 16_000;

    @Test
    void everySampleComesOutOnceWhateverThePieces() {
        short[] in = tone(1.37, 440, 8000);
        NoiseSuppressor s = new NoiseSuppressor();
        // pieces of odd byte lengths split samples in two
        short[] out = run(s, in, 1601);
        assertThat(out).hasSameSizeAs(in);
        // and the suppressor starts over after a flush
        assertThat(run(s, tone(0.25, 440, 8000), 3200)).hasSize(4000);
    }

    @Test
    void cleanSpeechLikeAudioPassesAsItIs() {
        short[] in = concat(new short[RATE * 3 / 10], tone(1.0, 300, 6000), new short[RATE / 2]);
        short[] out = run(new NoiseSuppressor(), in, 3200);
        // digital silence around the sound: nothing to take out
        double error = 0;
        double signal = 0;
        for (int i = 0; i < in.length; i++) {
            error += Math.pow(out[i] - in[i], 2);
            signal += Math.pow(in[i], 2);
        }
        assertThat(10 * Math.log10(signal / error)).isGreaterThan(30);
    }

    @Test
    void steadyNoiseIsTurnedDownAndTheToneKept() {
        Random random = new Random(7);
        short[] toneOnly = concat(new short[RATE / 2], tone(1.0, 500, 3000), new short[RATE / 2]);
        short[] noise = new short[toneOnly.length];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = (short) Math.round(random.nextGaussian() * 1000);
        }
        short[] mixed = new short[toneOnly.length];
        for (int i = 0; i < mixed.length; i++) {
            mixed[i] = (short) (toneOnly[i] + noise[i]);
        }
        short[] out = run(new NoiseSuppressor(), mixed, 1600);
        // the error against the tone alone, during the tone and in the pauses around it
        assertThat(snr(toneOnly, out, RATE / 2 + 2000, RATE * 3 / 2 - 2000)).isGreaterThan(snr(toneOnly, mixed, RATE / 2 + 2000, RATE * 3 / 2 - 2000) + 6);
        assertThat(power(out, 1000, RATE / 2 - 1000)).isLessThan(power(mixed, 1000, RATE / 2 - 1000) / 10);
    }

    private static double snr(short[] reference, short[] test, int from, int to) {
        double signal = 0;
        double error = 0;
        for (int i = from; i < to; i++) {
            signal += Math.pow(reference[i], 2);
            error += Math.pow(test[i] - reference[i], 2);
        }
        return 10 * Math.log10(signal / error);
    }

    private static double power(short[] a, int from, int to) {
        double p = 0;
        for (int i = from; i < to; i++) {
            p += Math.pow(a[i], 2);
        }
        return p / (to - from);
    }

    private static short[] run(NoiseSuppressor s, short[] samples, int pieceBytes) {
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            pcm[2 * i] = (byte) samples[i];
            pcm[2 * i + 1] = (byte) (samples[i] >> 8);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int off = 0; off < pcm.length; off += pieceBytes) {
            int n = Math.min(pieceBytes, pcm.length - off);
            out.writeBytes(s.process(java.util.Arrays.copyOfRange(pcm, off, off + n), n));
        }
        out.writeBytes(s.flush());
        byte[] b = out.toByteArray();
        short[] result = new short[b.length / 2];
        for (int i = 0; i < result.length; i++) {
            result[i] = (short) ((b[2 * i] & 0xff) | (b[2 * i + 1] << 8));
        }
        return result;
    }

    private static short[] tone(double seconds, double hz, double amplitude) {
        short[] s = new short[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < s.length; i++) {
            s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
        }
        return s;
    }

    private static short[] concat(short[]... parts) {
        int n = 0;
        for (short[] p : parts) {
            n += p.length;
        }
        short[] out = new short[n];
        int at = 0;
        for (short[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
