package cn.suanpan.app.voice;

import cn.suanpan.hardware.speech.AudioSource;
import cn.suanpan.hardware.speech.WavAudio;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Random;

/**
 * A microphone at a quiet counter, for the hands-free tests: once opened it never ends on its
 * own, as a real one does not. While nobody speaks it gives a faint noise floor in real time
 * (100 ms of audio every 100 ms); what a test {@link #say}s is played in as soon as the
 * listener reads it. Each {@link #open} is a fresh capture line; opening it again closes the
 * line before, so that a screen left behind by an earlier test hears nothing.
 */
public final class CounterMicrophone {

    private static final int PIECE = WavAudio.BYTES_PER_SECOND / 10;

    private final Deque<byte[]> queued = new ArrayDeque<>();
    private final Random noise = new Random(8);
    private Line open;
    private int opened;

    /** For {@link cn.suanpan.app.voice.VoiceEngine#useAudio}: a new line on the microphone. */
    public synchronized AudioSource open() {
        if (open != null) {
            open.close();
        }
        open = new Line();
        opened++;
        notifyAll();
        return open;
    }

    /** How often the microphone was opened; with a line open now, the listener is on it. */
    public synchronized int timesOpened() {
        return open != null && !open.closed ? opened : 0;
    }

    /** Speech (16 kHz mono 16-bit PCM) to play in, after what was said before it. */
    public synchronized void say(byte[] pcm) {
        queued.add(pcm.clone());
        notifyAll();
    }

    /** A pause of this many seconds (of the noise floor) after what was said before. */
    public synchronized void pause(double seconds) {
        byte[] quiet = WavAudio.silence(seconds);
        addNoise(quiet);
        queued.add(quiet);
        notifyAll();
    }

    /** Whether everything said has been read by the listener. */
    public synchronized boolean heardAll() {
        return queued.isEmpty();
    }

    private void addNoise(byte[] pcm) {
        for (int i = 0; i + 1 < pcm.length; i += 2) {
            int v = (short) ((pcm[i] & 0xff) | (pcm[i + 1] << 8));
            v = Math.clamp(Math.round(v + noise.nextGaussian() * 150), Short.MIN_VALUE, Short.MAX_VALUE);
            pcm[i] = (byte) v;
            pcm[i + 1] = (byte) (v >> 8);
        }
    }

    private final class Line implements AudioSource {
        private volatile boolean closed;

        @Override
        public int read(byte[] buffer) {
            synchronized (CounterMicrophone.this) {
                if (closed) {
                    return -1;
                }
                byte[] next = queued.peekFirst();
                if (next != null) {
                    int n = Math.min(buffer.length & ~1, next.length);
                    System.arraycopy(next, 0, buffer, 0, n);
                    queued.removeFirst();
                    if (n < next.length) {
                        queued.addFirst(java.util.Arrays.copyOfRange(next, n, next.length));
                    }
                    return n;
                }
                try {
                    // nobody speaks: the noise floor, at the pace a sound card delivers it
                    CounterMicrophone.this.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
                if (closed || !queued.isEmpty()) {
                    return closed ? -1 : 0;
                }
                int n = Math.min(buffer.length & ~1, PIECE);
                byte[] quiet = new byte[n];
                addNoise(quiet);
                System.arraycopy(quiet, 0, buffer, 0, n);
                return n;
            }
        }

        @Override
        public void close() {
            synchronized (CounterMicrophone.this) {
                closed = true;
                CounterMicrophone.this.notifyAll();
            }
        }
    }
}
