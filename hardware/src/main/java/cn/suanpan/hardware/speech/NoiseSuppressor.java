package cn.suanpan.hardware.speech;

import java.util.Arrays;

/**
 * Takes steady background noise (a fan, a fridge, the hum of a shop) out of 16 kHz mono 16-bit
 * PCM before it reaches the recognizer: a Wiener filter on short overlapping frames, with the
 * noise spectrum estimated as it goes, from the quietest moments of the last second.
 *
 * <p>Why: the small speech model is trained on fairly clean speech; under steady noise at
 * 10 dB it loses short words and numbers. The filter needs no silence to be marked: the
 * minimum of the smoothed power in each frequency band over the last second is noise, since
 * speech does not fill a band for a whole second. A floor on the gain keeps some of the noise,
 * so that the recognizer does not meet the warbling ("musical noise") a full removal leaves.
 * On clean audio the estimate is near zero and the filter passes the speech as it is.
 *
 * <p>Streaming: {@link #process} returns what is ready (the audio is delayed by one hop,
 * 16 ms), {@link #flush} the rest at the end of an utterance. Not thread-safe; one per
 * recognizer.
 */
final class NoiseSuppressor {

    private static final int FRAME = 512;
    private static final int HOP = FRAME / 2;
    private static final int BINS = FRAME / 2 + 1;
    /** About one second of hops: speech leaves no band busy for that long. */
    private static final int HISTORY = 62;
    /** The minimum of a smoothed noise power lies under its mean; this brings it back up. */
    private static final double MIN_BIAS = 1.8;
    private static final double SMOOTHING = 0.8;
    /** How fast the estimate may rise once it has its start (about 0.3 s): 3 dB a second. */
    private static final int RISE_AFTER = 18;
    private static final double RISE_PER_FRAME = Math.pow(10, 0.3 / 62.5);
    /** Decision-directed weight of the last frame's clean estimate in the a-priori SNR. */
    private static final double DECISION = 0.96;
    private static final double GAIN_FLOOR = 0.2;
    /** Power of a sample value under one (int16 units): keeps digital silence from dividing by zero. */
    private static final double POWER_FLOOR = 1e-2;

    /** sqrt-Hann: applied before and after, the overlapped frames add up to the input. */
    private static final double[] WINDOW = new double[FRAME];

    static {
        for (int i = 0; i < FRAME; i++) {
            WINDOW[i] = Math.sqrt(0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME));
        }
    }

    private final double[] input = new double[FRAME];
    private final double[] overlap = new double[HOP];
    private final double[] re = new double[FRAME];
    private final double[] im = new double[FRAME];
    private final double[] smoothed = new double[BINS];
    private final double[][] history = new double[HISTORY][BINS];
    private final double[] noise = new double[BINS];
    private final double[] lastClean = new double[BINS];
    private int filled = FRAME - HOP;
    private int frames;
    private boolean started;
    private byte pendingLow;
    private boolean hasPendingLow;

    /** Cleans the next piece of audio; returns the cleaned audio that is ready (possibly none). */
    byte[] process(byte[] pcm, int length) {
        byte[] out = new byte[(length + 2) / 2 * 2 + 2 * HOP];
        int written = 0;
        int i = 0;
        if (hasPendingLow && length > 0) {
            written = push((short) ((pendingLow & 0xff) | (pcm[0] << 8)), out, written);
            hasPendingLow = false;
            i = 1;
        }
        for (; i + 1 < length; i += 2) {
            written = push((short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8)), out, written);
        }
        if (i < length) {
            pendingLow = pcm[i];
            hasPendingLow = true;
        }
        return Arrays.copyOf(out, written);
    }

    /** The audio still held back, cleaned; the suppressor is then ready for a new recording. */
    byte[] flush() {
        int held = filled - (FRAME - HOP);
        byte[] out = new byte[4 * HOP];
        int written = 0;
        if (started || held > 0) {
            // the last hop given still waits for its second frame; pad with silence
            Arrays.fill(input, filled, FRAME, 0);
            written = frame(out, written, HOP);
            if (held > 0) {
                Arrays.fill(input, FRAME - HOP, FRAME, 0);
                written = frame(out, written, held);
            }
        }
        reset();
        return Arrays.copyOf(out, written);
    }

    private void reset() {
        Arrays.fill(input, 0);
        Arrays.fill(overlap, 0);
        Arrays.fill(smoothed, 0);
        for (double[] h : history) {
            Arrays.fill(h, 0);
        }
        Arrays.fill(noise, 0);
        Arrays.fill(lastClean, 0);
        filled = FRAME - HOP;
        frames = 0;
        started = false;
        hasPendingLow = false;
    }

    private int push(short sample, byte[] out, int written) {
        input[filled++] = sample;
        if (filled == FRAME) {
            written = frame(out, written, HOP);
        }
        return written;
    }

    /** Filters the frame in {@code input}, writes {@code count} finished samples, shifts by a hop. */
    private int frame(byte[] out, int written, int count) {
        for (int i = 0; i < FRAME; i++) {
            re[i] = input[i] * WINDOW[i];
            im[i] = 0;
        }
        Fft.transform(re, im, false);
        // the first frame is half the silence put before the audio: it teaches nothing about the
        // noise, passes as it is, and its first half (that silence) is not written
        boolean first = frames == 0 && !started;
        if (first) {
            started = true;
            count = 0;
        } else {
            estimateNoise();
        }
        for (int k = 0; k < BINS && !first; k++) {
            double power = re[k] * re[k] + im[k] * im[k];
            double n = noise[k] + POWER_FLOOR;
            double posterior = power / n;
            double prior = DECISION * lastClean[k] / n + (1 - DECISION) * Math.max(posterior - 1, 0);
            double gain = Math.max(GAIN_FLOOR, prior / (1 + prior));
            lastClean[k] = gain * gain * power;
            re[k] *= gain;
            im[k] *= gain;
            if (k > 0 && k < FRAME / 2) {
                re[FRAME - k] *= gain;
                im[FRAME - k] *= gain;
            }
        }
        Fft.transform(re, im, true);
        for (int i = 0; i < count; i++) {
            double v = overlap[i] + re[i] * WINDOW[i];
            int s = (int) Math.round(Math.clamp(v, Short.MIN_VALUE, Short.MAX_VALUE));
            out[written++] = (byte) s;
            out[written++] = (byte) (s >> 8);
        }
        for (int i = 0; i < HOP; i++) {
            overlap[i] = re[HOP + i] * WINDOW[HOP + i];
        }
        System.arraycopy(input, HOP, input, 0, FRAME - HOP);
        filled = FRAME - HOP;
        return written;
    }

    /** Minimum statistics: the least smoothed power of each band over the last second, raised by its bias. */
    private void estimateNoise() {
        double[] slot = history[frames % HISTORY];
        for (int k = 0; k < BINS; k++) {
            double power = re[k] * re[k] + im[k] * im[k];
            smoothed[k] = frames == 0 ? power : SMOOTHING * smoothed[k] + (1 - SMOOTHING) * power;
            slot[k] = smoothed[k];
        }
        frames++;
        int kept = Math.min(frames, HISTORY);
        for (int k = 0; k < BINS; k++) {
            double least = Double.MAX_VALUE;
            for (int h = 0; h < kept; h++) {
                least = Math.min(least, history[h][k]);
            }
            double estimate = MIN_BIAS * least;
            // noise grows slowly; a band that stays loud for a second is more likely a long vowel
            noise[k] = frames <= RISE_AFTER ? estimate : Math.min(estimate, noise[k] * RISE_PER_FRAME + POWER_FLOOR);
        }
    }
}
