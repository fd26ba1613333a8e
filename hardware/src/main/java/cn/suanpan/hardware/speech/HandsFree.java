package cn.suanpan.hardware.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Hands-free listening: the microphone stays open and an utterance counts as a command only
 * when it starts with the wake word ("cashier, add two cola"), or follows the bare wake word
 * within a few seconds. Everything else said at the counter is ignored.
 */
public final class HandsFree implements AutoCloseable {

    private static final int CHUNK = WavAudio.BYTES_PER_SECOND / 10;

    private final SpeechRecognizer recognizer;
    private final AudioSource source;
    private final String wakeWord;
    private final long windowBytes;
    private final SpeechListener listener;
    private final Consumer<Recognition> commands;
    private volatile boolean stopped;
    private long audioBytes;
    private long awakeUntil = -1;
    private Thread thread;

    /**
     * @param window   how long after a bare wake word a command is still taken
     * @param commands gets each command, with the wake word taken off its text
     */
    public HandsFree(SpeechRecognizer recognizer, AudioSource source, String wakeWord, Duration window,
            SpeechListener listener, Consumer<Recognition> commands) {
        this.recognizer = Objects.requireNonNull(recognizer);
        this.source = Objects.requireNonNull(source);
        this.wakeWord = wakeWord.strip().toLowerCase(Locale.ROOT);
        this.windowBytes = window.toMillis() * WavAudio.BYTES_PER_SECOND / 1000;
        this.listener = listener == null ? SpeechListener.NONE : listener;
        this.commands = Objects.requireNonNull(commands);
    }

    /** Listens on a virtual thread until {@link #close()}. */
    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("hands-free").start(this::run);
        }
    }

    /** Listens on this thread until the source ends or {@link #close()}. */
    public void run() {
        recognizer.listener(listener);
        byte[] buffer = new byte[CHUNK];
        int n;
        while (!stopped && (n = source.read(buffer)) >= 0) {
            if (n == 0) {
                continue;
            }
            audioBytes += n;
            listener.level(AudioLevel.of(buffer, n));
            if (recognizer.accept(buffer, n)) {
                heard(recognizer.endOfUtterance());
            }
        }
        heard(recognizer.finish());
    }

    private void heard(Recognition r) {
        if (r.isEmpty()) {
            return;
        }
        List<String> words = new ArrayList<>(Arrays.asList(r.text().split(" ")));
        int wake = words.indexOf(wakeWord);
        if (wake >= 0) {
            List<String> rest = words.subList(wake + 1, words.size());
            if (rest.stream().allMatch(w -> w.equals("[unk]"))) {
                awakeUntil = audioBytes + windowBytes;
                listener.awake();
            } else {
                awakeUntil = -1;
                commands.accept(after(r, rest));
            }
        } else if (awakeUntil >= 0 && audioBytes <= awakeUntil) {
            awakeUntil = -1;
            commands.accept(r);
        }
    }

    /** The recognition without the wake word and whatever came before it, in every reading. */
    private Recognition after(Recognition r, List<String> rest) {
        // the words with confidences come from the recognizer's own best reading, which may
        // differ from the text: drop them up to its wake word, if it heard one
        int wakeAt = -1;
        for (int k = 0; k < r.words().size() && wakeAt < 0; k++) {
            if (r.words().get(k).word().equals(wakeWord)) {
                wakeAt = k;
            }
        }
        List<Recognition.Word> words = r.words().subList(wakeAt + 1, r.words().size());
        double confidence = words.isEmpty() ? r.confidence() : 1;
        for (Recognition.Word w : words) {
            if (!w.word().equals("[unk]")) {
                confidence = Math.min(confidence, w.confidence());
            }
        }
        List<Recognition.Alternative> alternatives = new ArrayList<>();
        for (Recognition.Alternative a : r.alternatives()) {
            List<String> altWords = Arrays.asList(a.text().split(" "));
            int wake = altWords.indexOf(wakeWord);
            String text = wake >= 0 ? String.join(" ", altWords.subList(wake + 1, altWords.size())) : a.text();
            alternatives.add(new Recognition.Alternative(text, a.score(), a.probability()));
        }
        return new Recognition(String.join(" ", rest), confidence, words, alternatives, r.audioSeconds());
    }

    @Override
    public void close() {
        stopped = true;
        source.close();
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
