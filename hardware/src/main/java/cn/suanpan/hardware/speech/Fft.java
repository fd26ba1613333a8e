package cn.suanpan.hardware.speech;

/** In-place radix-2 complex FFT for the noise suppressor's frames (a power of two long). */
final class Fft {

    private Fft() {
    }

    /** Transforms {@code re}/{@code im} in place; {@code inverse} also divides by the length. */
    static void transform(double[] re, double[] im, boolean inverse) {
        int n = re.length;
        if (Integer.bitCount(n) != 1 || im.length != n) {
            throw new IllegalArgumentException("length must be a power of two: " + n);
        }
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = 2 * Math.PI / len * (inverse ? 1 : -1);
            double wRe = Math.cos(angle);
            double wIm = Math.sin(angle);
            for (int i = 0; i < n; i += len) {
                double cRe = 1;
                double cIm = 0;
                for (int k = 0; k < len / 2; k++) {
                    int a = i + k;
                    int b = a + len / 2;
                    double xRe = re[b] * cRe - im[b] * cIm;
                    double xIm = re[b] * cIm + im[b] * cRe;
                    re[b] = re[a] - xRe;
                    im[b] = im[a] - xIm;
                    re[a] += xRe;
                    im[a] += xIm;
                    double next = cRe * wRe - cIm * wIm;
                    cIm = cRe * wIm + cIm * wRe;
                    cRe = next;
                }
            }
        }
        if (inverse) {
            for (int i = 0; i < n; i++) {
                re[i] /= n;
                im[i] /= n;
            }
        }
    }
}
