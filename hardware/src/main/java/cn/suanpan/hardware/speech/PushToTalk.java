package cn.suanpan.hardware.speech;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Push-to-talk: {@link #start()} when the key or button goes down, {@link #stop()} when it
 * comes up and get what was said. Audio is read on a virtual thread; the listener gets the
 * level and the partial transcript as they come.
 */
public final class PushToTalk {

    private static final int CHUNK = WavAudio.BYTES_PER_SECOND / 10;

    private final SpeechRecognizer recognizer;
    private final Supplier<AudioSource> microphone;
    private final SpeechListener listener;
    private AudioSource source;
    private Thread capture;
    private volatile boolean stopping;

    public PushToTalk(SpeechRecognizer recognizer, Supplier<AudioSource> microphone, SpeechListener listener) {
        this.recognizer = Objects.requireNonNull(recognizer);
        this.microphone = Objects.requireNonNull(microphone);
        this.listener = listener == null ? SpeechListener.NONE : listener;
    }

    /** Opens the microphone and starts listening; a missing microphone throws {@link SpeechException}. */
    public synchronized void start() {
        if (capture != null) {
            return;
        }
        source = microphone.get();
        stopping = false;
        recognizer.listener(listener);
        AudioSource from = source;
        capture = Thread.ofVirtual().name("push-to-talk").start(() -> {
            byte[] buffer = new byte[CHUNK];
            int n;
            while (!stopping && (n = from.read(buffer)) >= 0) {
                if (n > 0) {
                    listener.level(AudioLevel.of(buffer, n));
                    recognizer.accept(buffer, n);
                }
            }
        });
    }

    public synchronized boolean listening() {
        return capture != null;
    }

    /** Stops listening and returns what was said since {@link #start()}. */
    public synchronized Recognition stop() {
        if (capture == null) {
            return Recognition.nothing(0);
        }
        stopping = true;
        source.close();
        try {
            capture.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        capture = null;
        listener.level(0);
        return recognizer.finish();
    }

    /**
     * Listens to {@code source} until the recognizer hears the end of an utterance, the
     * source ends, or {@code limit} of audio has passed; returns what was said.
     */
    public static Recognition listenOnce(SpeechRecognizer recognizer, AudioSource source, SpeechListener listener, Duration limit) {
        SpeechListener l = listener == null ? SpeechListener.NONE : listener;
        recognizer.listener(l);
        byte[] buffer = new byte[CHUNK];
        long maxBytes = limit.toMillis() * WavAudio.BYTES_PER_SECOND / 1000;
        long read = 0;
        try (source) {
            int n;
            while (read < maxBytes && (n = source.read(buffer)) >= 0) {
                read += n;
                l.level(AudioLevel.of(buffer, n));
                if (n > 0 && recognizer.accept(buffer, n)) {
                    return recognizer.endOfUtterance();
                }
            }
        }
        return recognizer.finish();
    }
}
