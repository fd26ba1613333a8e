package cn.suanpan.hardware.speech;

/** Loudness of 16-bit little-endian PCM for a level meter: RMS in dBFS, mapped from -60..0 dB to 0..1. */
public final class AudioLevel {

    private static final double FLOOR_DB = -60;

    private AudioLevel() {
    }

    public static double of(byte[] pcm, int length) {
        int samples = length / 2;
        if (samples == 0) {
            return 0;
        }
        double sum = 0;
        for (int k = 0; k < samples; k++) {
            int v = (short) ((pcm[2 * k] & 0xff) | (pcm[2 * k + 1] << 8));
            sum += (double) v * v;
        }
        double rms = Math.sqrt(sum / samples) / 32768.0;
        if (rms <= 0) {
            return 0;
        }
        double db = 20 * Math.log10(rms);
        return Math.clamp((db - FLOOR_DB) / -FLOOR_DB, 0.0, 1.0);
    }
}
