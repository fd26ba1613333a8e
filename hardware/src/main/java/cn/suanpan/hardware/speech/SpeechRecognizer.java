package cn.suanpan.hardware.speech;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.vosk.Recognizer;

/**
 * Turns 16 kHz mono speech into text with a {@link SpeechModel}. A grammar recognizer only
 * hears the phrases it was given (the terminal's commands, built from the catalog) plus
 * {@code [unk]} for anything else; a free-text recognizer hears any words the model knows
 * (for search) and can return the n best guesses.
 *
 * <p>Feed audio with {@link #accept}, read the words so far with {@link #partial}, and end the
 * utterance with {@link #finish}, after which the recognizer is ready for the next one.
 * One utterance at a time: the methods are synchronized.
 */
public final class SpeechRecognizer implements AutoCloseable {

    private final Recognizer recognizer;
    /**
     * A second decoder of the same grammar on the same audio, asked for its best reading with
     * a confidence for each word (Vosk gives word confidences only without n best), or null.
     */
    private final Recognizer checker;
    private final boolean alternatives;
    /** Cleans steady background noise out of the audio before both decoders hear it, or null. */
    private final NoiseSuppressor suppressor;
    private SpeechListener listener = SpeechListener.NONE;
    private String lastPartial = "";
    private long bytesInUtterance;
    private final List<Recognition> segments = new ArrayList<>();
    private final List<Recognition.Word> checkedWords = new ArrayList<>();

    private SpeechRecognizer(Recognizer recognizer, Recognizer checker, boolean alternatives, boolean suppressNoise) {
        this.recognizer = recognizer;
        this.checker = checker;
        this.alternatives = alternatives;
        this.suppressor = suppressNoise ? new NoiseSuppressor() : null;
    }

    /** Whether command recognizers clean steady background noise out of the audio first ({@link NoiseSuppressor}). */
    public static final boolean SUPPRESS_NOISE = true;

    /** Default n best for commands: enough for readings that agree to pool their probability. */
    public static final int COMMAND_ALTERNATIVES = 8;

    /** Hears only the given phrases (plus {@code [unk]} if the list has it), with the {@link #COMMAND_ALTERNATIVES} best readings. */
    public static SpeechRecognizer grammar(SpeechModel model, List<String> phrases) {
        return grammar(model, phrases, COMMAND_ALTERNATIVES, false);
    }

    /**
     * Hears only the given phrases; with {@code maxAlternatives > 0} the result lists the n best
     * readings, otherwise the words with their confidences.
     */
    public static SpeechRecognizer grammar(SpeechModel model, List<String> phrases, int maxAlternatives) {
        return grammar(model, phrases, maxAlternatives, false);
    }

    /**
     * Hears only the given phrases, with the n best readings; with {@code wordConfidences} also
     * the words of the best reading with their confidences ({@link Recognition#words()}). Vosk
     * gives one or the other, so that takes a second decoder on the same audio: about twice
     * the processor time, still a small fraction of real time.
     */
    public static SpeechRecognizer grammar(SpeechModel model, List<String> phrases, int maxAlternatives, boolean wordConfidences) {
        return grammar(model, phrases, maxAlternatives, wordConfidences, SUPPRESS_NOISE);
    }

    /**
     * As {@link #grammar(SpeechModel, List, int, boolean)}; with {@code suppressNoise} the audio
     * goes through a {@link NoiseSuppressor} first (steady noise such as a fan or a fridge).
     */
    public static SpeechRecognizer grammar(SpeechModel model, List<String> phrases, int maxAlternatives, boolean wordConfidences,
            boolean suppressNoise) {
        Objects.requireNonNull(phrases);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("a grammar needs phrases");
        }
        Recognizer r = null;
        try {
            String grammar = VoskJson.stringArray(phrases);
            r = new Recognizer(model.vosk(), WavAudio.SAMPLE_RATE, grammar);
            Recognizer checker = null;
            if (maxAlternatives > 0) {
                r.setMaxAlternatives(maxAlternatives);
                if (wordConfidences) {
                    checker = new Recognizer(model.vosk(), WavAudio.SAMPLE_RATE, grammar);
                    checker.setWords(true);
                }
            } else {
                r.setWords(true);
            }
            return new SpeechRecognizer(r, checker, maxAlternatives > 0, suppressNoise);
        } catch (RuntimeException e) {
            if (r != null) {
                r.close();
            }
            throw new SpeechException(new HardwareMessage("speech.recognizer.failed", String.valueOf(e.getMessage())), e);
        }
    }

    /** Hears any words of the model; with {@code maxAlternatives > 0} the result lists the n best texts. */
    public static SpeechRecognizer freeText(SpeechModel model, int maxAlternatives) {
        try {
            Recognizer r = new Recognizer(model.vosk(), WavAudio.SAMPLE_RATE);
            if (maxAlternatives > 0) {
                r.setMaxAlternatives(maxAlternatives);
            } else {
                r.setWords(true);
            }
            return new SpeechRecognizer(r, null, maxAlternatives > 0, false);
        } catch (java.io.IOException | RuntimeException e) {
            throw new SpeechException(new HardwareMessage("speech.recognizer.failed", String.valueOf(e.getMessage())), e);
        }
    }

    public synchronized void listener(SpeechListener l) {
        this.listener = l == null ? SpeechListener.NONE : l;
    }

    /**
     * Takes the next piece of audio (16 kHz mono 16-bit PCM). Returns true when the
     * recognizer detected the end of an utterance (enough trailing silence); its words are
     * kept for {@link #finish}, or taken at once with {@link #endOfUtterance}.
     */
    public synchronized boolean accept(byte[] pcm, int length) {
        bytesInUtterance += length;
        if (suppressor == null) {
            return decode(pcm, length);
        }
        byte[] clean = suppressor.process(pcm, length);
        return clean.length > 0 && decode(clean, clean.length);
    }

    private boolean decode(byte[] pcm, int length) {
        if (checker != null && checker.acceptWaveForm(pcm, length)) {
            checkedWords.addAll(toRecognition(checker.getResult()).words());
        }
        boolean endpoint = recognizer.acceptWaveForm(pcm, length);
        if (endpoint) {
            Recognition r = toRecognition(recognizer.getResult());
            if (!r.isEmpty()) {
                segments.add(r);
            }
            lastPartial = "";
            return true;
        }
        String partial = partialText(recognizer.getPartialResult());
        if (!partial.equals(lastPartial)) {
            lastPartial = partial;
            listener.partial(partial);
        }
        return false;
    }

    /** The words heard so far in this utterance. */
    public synchronized String partial() {
        return lastPartial;
    }

    /**
     * The utterance that just ended at an endpoint reported by {@link #accept} (hands-free
     * listening), without waiting for more audio.
     */
    public synchronized Recognition endOfUtterance() {
        Recognition r = combine(segments, WavAudio.seconds((int) bytesInUtterance));
        if (checker != null) {
            // both decoders see the same audio and end together; should the second one still
            // hold words, they belong to this utterance
            checkedWords.addAll(toRecognition(checker.getFinalResult()).words());
            r = new Recognition(r.text(), r.confidence(), checkedWords, r.alternatives(), r.audioSeconds());
            checkedWords.clear();
        }
        segments.clear();
        bytesInUtterance = 0;
        return r;
    }

    /** Ends the utterance (button released, file ended) and returns everything heard since the last one. */
    public synchronized Recognition finish() {
        if (suppressor != null) {
            // the suppressor holds back the last few milliseconds until it knows the audio ended
            byte[] rest = suppressor.flush();
            if (rest.length > 0) {
                decode(rest, rest.length);
            }
        }
        Recognition last = toRecognition(recognizer.getFinalResult());
        if (!last.isEmpty()) {
            segments.add(last);
        }
        lastPartial = "";
        return endOfUtterance();
    }

    /** Recognises a whole recording. */
    public Recognition recognize(byte[] pcm) {
        int chunk = WavAudio.BYTES_PER_SECOND / 5;
        for (int off = 0; off < pcm.length; off += chunk) {
            int n = Math.min(chunk, pcm.length - off);
            byte[] piece = off == 0 && n == pcm.length ? pcm : java.util.Arrays.copyOfRange(pcm, off, off + n);
            accept(piece, n);
        }
        return finish();
    }

    /** Recognises a WAV file (resampled to 16 kHz mono when needed). */
    public Recognition recognize(Path wav) {
        return recognize(WavAudio.read(wav));
    }

    private static String partialText(String json) {
        Object text = VoskJson.object(json).get("partial");
        return text == null ? "" : text.toString().strip();
    }

    private Recognition toRecognition(String json) {
        Map<String, Object> result = VoskJson.object(json);
        if (alternatives && result.get("alternatives") instanceof List<?> list && !list.isEmpty()) {
            List<String> texts = new ArrayList<>();
            List<Double> scores = new ArrayList<>();
            for (Object o : list) {
                Map<?, ?> m = (Map<?, ?>) o;
                texts.add(String.valueOf(m.get("text")).strip());
                scores.add(number(m.get("confidence")));
            }
            // each one's share of the n best, taking the scores as log-likelihoods
            double best = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double sum = scores.stream().mapToDouble(v -> Math.exp(v - best)).sum();
            List<Recognition.Alternative> alts = new ArrayList<>();
            for (int k = 0; k < texts.size(); k++) {
                alts.add(new Recognition.Alternative(texts.get(k), scores.get(k), Math.exp(scores.get(k) - best) / sum));
            }
            String text = alts.getFirst().text();
            boolean heard = !text.isEmpty() && !text.equals("[unk]");
            return new Recognition(text, heard ? alts.getFirst().probability() : 0, List.of(), alts, 0);
        }
        String text = result.get("text") == null ? "" : result.get("text").toString().strip();
        List<Recognition.Word> words = new ArrayList<>();
        double confidence = 1;
        boolean anyWord = false;
        if (result.get("result") instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> m = (Map<?, ?>) o;
                Recognition.Word w = new Recognition.Word(String.valueOf(m.get("word")), number(m.get("start")),
                        number(m.get("end")), number(m.get("conf")));
                words.add(w);
                if (!w.word().equals("[unk]")) {
                    confidence = Math.min(confidence, w.confidence());
                    anyWord = true;
                }
            }
        }
        return new Recognition(text, anyWord ? confidence : 0, words, List.of(), 0);
    }

    private static double number(Object o) {
        return o instanceof Double d ? d : 0;
    }

    private static Recognition combine(List<Recognition> parts, double seconds) {
        if (parts.isEmpty()) {
            return Recognition.nothing(seconds);
        }
        if (parts.size() == 1) {
            Recognition r = parts.getFirst();
            return new Recognition(r.text(), r.confidence(), r.words(), r.alternatives(), seconds);
        }
        // an utterance the recognizer split at a pause: its parts' words in order, each part's best reading
        StringBuilder text = new StringBuilder();
        List<Recognition.Word> words = new ArrayList<>();
        double confidence = 1;
        for (Recognition r : parts) {
            text.append(text.isEmpty() ? "" : " ").append(r.text());
            words.addAll(r.words());
            confidence = Math.min(confidence, r.confidence());
        }
        List<Recognition.Alternative> alts = parts.getFirst().alternatives().isEmpty()
                ? List.of() : List.of(new Recognition.Alternative(text.toString(), 0, confidence));
        return new Recognition(text.toString(), confidence, words, alts, seconds);
    }

    @Override
    public synchronized void close() {
        recognizer.close();
        if (checker != null) {
            checker.close();
        }
    }
}
