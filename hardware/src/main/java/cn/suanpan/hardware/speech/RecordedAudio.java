package cn.suanpan.hardware.speech;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A recording played into the recognizer in place of the microphone, through the same
 * {@link AudioSource} interface: a WAV file given on the command line, or speech made for a
 * test. It reads as fast as it is asked; {@link #awaitEnd} tells when all of it was read.
 */
public final class RecordedAudio implements AudioSource {

    private final byte[] pcm;
    private final CountDownLatch ended = new CountDownLatch(1);
    private int position;
    private volatile boolean closed;

    /** @param pcm 16 kHz mono 16-bit little-endian PCM */
    public RecordedAudio(byte[] pcm) {
        this.pcm = pcm.clone();
    }

    /** A WAV (or AU/AIFF) file, converted to 16 kHz mono PCM; unreadable files throw {@link SpeechException}. */
    public static RecordedAudio of(Path file) {
        return new RecordedAudio(WavAudio.read(file));
    }

    @Override
    public synchronized int read(byte[] buffer) {
        if (closed || position >= pcm.length) {
            ended.countDown();
            return -1;
        }
        int n = Math.min(buffer.length & ~1, pcm.length - position);
        System.arraycopy(pcm, position, buffer, 0, n);
        position += n;
        return n;
    }

    /** Waits until the whole recording has been read (or the source was closed); false on timeout. */
    public boolean awaitEnd(long timeout, TimeUnit unit) throws InterruptedException {
        return ended.await(timeout, unit);
    }

    /** Whether the whole recording has been read. */
    public boolean ended() {
        return ended.getCount() == 0;
    }

    @Override
    public void close() {
        closed = true;
        ended.countDown();
    }
}
