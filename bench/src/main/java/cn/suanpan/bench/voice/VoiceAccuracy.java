package cn.suanpan.bench.voice;

import cn.suanpan.bench.ScratchDirs;
import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.voice.VoiceSetup;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.setup.DemoStore;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.voice.HeardWord;
import cn.suanpan.core.voice.Hypothesis;
import cn.suanpan.core.voice.Intent;
import cn.suanpan.core.voice.IntentType;
import cn.suanpan.core.voice.Understanding;
import cn.suanpan.core.voice.VoiceGrammar;
import cn.suanpan.core.voice.VoiceLanguage;
import cn.suanpan.core.voice.VoiceProduct;
import cn.suanpan.hardware.speech.Recognition;
import cn.suanpan.hardware.speech.SpeechModel;
import cn.suanpan.hardware.speech.SpeechRecognizer;
import cn.suanpan.hardware.speech.WavAudio;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Accuracy of voice commands against the demo catalog, with the real recognizer on speech
 * made by espeak-ng: {@code VoiceAccuracy MODEL_DIR WORK_DIR [COUNT] [MIN_CONFIDENCE]}.
 *
 * <p>Each utterance is recognised clean and with noise at 10 dB SNR, fed in 100 ms pieces as
 * from a microphone. Reports intent accuracy, the wrong-action rate (an intent other than the
 * one spoken that would change the sale; UNKNOWN changes nothing and is not one), the time from
 * the end of speech to the intent (push-to-talk release to intent), and the real-time factor.
 * Misheard utterances go to WORK_DIR/errors.txt. Run it with scripts/bench-voice.sh.
 */
public final class VoiceAccuracy {

    /** The utterance set of the reported figures; -Dvoice.seed draws another (a set never looked at while tuning). */
    static final long SEED = 20261125L;
    private static final double SNR_DB = 10;
    private static final String[] NOISES = {"white", "pink", "brown"};

    private VoiceAccuracy() {
    }

    record Outcome(Utterance utterance, String condition, String heard, double confidence, Intent intent,
            double audioSeconds, long processingNanos, long latencyNanos, List<Hypothesis> hypotheses, List<HeardWord> words) {
        boolean correct() {
            return correct(intent);
        }

        boolean wrongAction() {
            return wrongAction(intent);
        }

        boolean correct(Intent i) {
            return i.equals(utterance.expected()) || (i.type() == IntentType.UNKNOWN && utterance.expected().type() == IntentType.UNKNOWN);
        }

        boolean wrongAction(Intent i) {
            return !correct(i) && i.type().changesSale();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: VoiceAccuracy MODEL_DIR WORK_DIR [COUNT] [MIN_CONFIDENCE]");
            System.exit(2);
        }
        Path modelDir = Path.of(args[0]);
        Path work = Files.createDirectories(Path.of(args[1]));
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 360;
        double minConfidence = args.length > 3 ? Double.parseDouble(args[3]) : VoiceGrammar.DEFAULT_MIN_CONFIDENCE;
        if (!SpeechSynth.available()) {
            System.err.println("espeak-ng and sox are needed: apt-get install espeak-ng sox");
            System.exit(2);
        }

        List<VoiceProduct> products = demoProducts(work);
        grammarProducts = products;
        long loadStart = System.nanoTime();
        try (SpeechModel model = SpeechModel.load(modelDir)) {
            long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
            VoiceGrammar grammar = tuned(VoiceGrammar.builder(VoiceLanguage.ENGLISH)).products(products).knownWords(model::knows)
                    .minConfidence(minConfidence).build();
            long grammarStart = System.nanoTime();
            List<Outcome> outcomes = new ArrayList<>();
            int alternatives = Integer.getInteger("voice.alternatives", SpeechRecognizer.COMMAND_ALTERNATIVES);
            // -Dvoice.checkWords=true: also the second decoder's word confidences (for the sweep over
            // the least slot word confidence); by default as the terminal runs
            boolean checkWords = Boolean.parseBoolean(System.getProperty("voice.checkWords",
                    Boolean.toString(VoiceGrammar.DEFAULT_MIN_SLOT_CONFIDENCE > 0)));
            // -Dvoice.suppressNoise=false: without the noise suppressor in front of the recognizer
            boolean suppressNoise = Boolean.parseBoolean(System.getProperty("voice.suppressNoise", Boolean.toString(SpeechRecognizer.SUPPRESS_NOISE)));
            try (SpeechRecognizer recognizer = SpeechRecognizer.grammar(model, grammar.phrases(), alternatives, checkWords, suppressNoise)) {
                long recognizerMs = (System.nanoTime() - grammarStart) / 1_000_000;
                List<Utterance> set = UtteranceSet.generate(grammar, count, Long.getLong("voice.seed", SEED));
                System.out.printf(Locale.ROOT, "Model %s loaded in %d ms; grammar of %d phrases (%d products, %d left out) ready in %d ms%n",
                        modelDir.getFileName(), loadMs, grammar.phrases().size(), grammar.productPhrases().size(),
                        grammar.unspeakable().size(), recognizerMs);
                System.out.println("Utterances: " + set.size() + " " + UtteranceSet.census(set) + (suppressNoise ? ", noise suppressor on" : ""));
                synthesise(set, work);
                // warm up the decoder so that the first utterance does not pay for lazy set-up
                recognizer.recognize(WavAudio.read(audioFile(work, set.getFirst())));
                for (Utterance u : set) {
                    byte[] clean = WavAudio.read(audioFile(work, u));
                    outcomes.add(recognise(recognizer, grammar, u, "clean", clean));
                    String colour = NOISES[u.id() % NOISES.length];
                    byte[] noise = SpeechSynth.noise(colour, 8.0, work);
                    outcomes.add(recognise(recognizer, grammar, u, "noisy", SpeechSynth.mix(clean, noise, SNR_DB)));
                }
            }
            report(outcomes, minConfidence, work);
            Readings.write(work.resolve("readings.tsv"), outcomes);
        }
    }

    static List<VoiceProduct> demoProducts(Path work) throws IOException {
        // seeded afresh on every run: a store kept from an earlier run would hold the demo
        // catalog as it was then, and the set would be drawn from aliases that are gone
        Path db = work.resolve("catalog-db");
        ScratchDirs.delete(db);
        try (LocalStore store = LocalStore.open(db)) {
            DemoStore.seedIfEmpty(store, Clock.systemUTC(), () -> TerminalContext.asset("demo/categories.csv"),
                    () -> TerminalContext.asset("demo/catalog.csv"));
            return VoiceSetup.products(new CatalogRepository(store));
        }
    }

    private static Path audioFile(Path work, Utterance u) {
        String name = String.format(Locale.ROOT, "%04d-%s-%d-%08x.wav", u.id(), u.voice().replace('+', '_'), u.wordsPerMinute(),
                u.text().hashCode());
        return work.resolve("speech").resolve(name);
    }

    /** espeak-ng and sox in two processes at a time: the machine has other work to do. */
    private static void synthesise(List<Utterance> set, Path work) throws Exception {
        Files.createDirectories(work.resolve("speech"));
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<?>> jobs = new ArrayList<>();
            for (Utterance u : set) {
                jobs.add(pool.submit(() -> {
                    SpeechSynth.speak(u.text(), u.voice(), u.wordsPerMinute(), audioFile(work, u));
                    return null;
                }));
            }
            for (Future<?> f : jobs) {
                f.get();
            }
        }
        System.out.printf(Locale.ROOT, "Speech ready in %d s (cached files are reused)%n", (System.nanoTime() - start) / 1_000_000_000);
    }

    private static List<VoiceProduct> grammarProducts;

    /** -Dvoice.commandWeight and -Dvoice.unknownWeight try other grammar weights, -Dvoice.alternatives another n best. */
    private static VoiceGrammar.Builder tuned(VoiceGrammar.Builder b) {
        return b.commandWeight(Integer.getInteger("voice.commandWeight", 0)).unknownWeight(Integer.getInteger("voice.unknownWeight", 0));
    }

    private static Outcome recognise(SpeechRecognizer recognizer, VoiceGrammar grammar, Utterance u, String condition, byte[] pcm) {
        int chunk = WavAudio.BYTES_PER_SECOND / 10;
        long processing = 0;
        for (int off = 0; off < pcm.length; off += chunk) {
            int n = Math.min(chunk, pcm.length - off);
            byte[] piece = Arrays.copyOfRange(pcm, off, off + n);
            long t = System.nanoTime();
            recognizer.accept(piece, n);
            processing += System.nanoTime() - t;
        }
        // end of speech: the key is released (or the recording ends); from here to an intent is the latency
        long end = System.nanoTime();
        Recognition r = recognizer.finish();
        Understanding understood = grammar.understand(VoiceSetup.hypotheses(r), VoiceSetup.words(r));
        long latency = System.nanoTime() - end;
        String heard = r.alternatives().size() <= 1 ? r.text() : r.alternatives().stream()
                .map(a -> String.format(Locale.ROOT, "%s %.2f", a.text(), a.probability())).collect(java.util.stream.Collectors.joining(" | "));
        return new Outcome(u, condition, heard, understood.confidence(), understood.intent(),
                WavAudio.seconds(pcm.length), processing + latency, latency, VoiceSetup.hypotheses(r), VoiceSetup.words(r));
    }

    private static void report(List<Outcome> outcomes, double minConfidence, Path work) throws IOException {
        System.out.printf(Locale.ROOT, "Minimum confidence %.2f, minimum agreement %.2f, minimum slot word confidence %.2f%n", minConfidence,
                VoiceGrammar.DEFAULT_MIN_AGREEMENT, VoiceGrammar.DEFAULT_MIN_SLOT_CONFIDENCE);
        System.out.println("condition  utterances  intent-accuracy  wrong-action  unknown  latency-median  latency-p95  real-time-factor");
        for (String condition : List.of("clean", "noisy")) {
            List<Outcome> part = outcomes.stream().filter(o -> o.condition().equals(condition)).toList();
            long correct = part.stream().filter(Outcome::correct).count();
            long wrong = part.stream().filter(Outcome::wrongAction).count();
            long unknown = part.stream().filter(o -> !o.correct() && o.intent().type() == IntentType.UNKNOWN).count();
            long[] latencies = part.stream().mapToLong(Outcome::latencyNanos).sorted().toArray();
            double audio = part.stream().mapToDouble(Outcome::audioSeconds).sum();
            double processing = part.stream().mapToLong(Outcome::processingNanos).sum() / 1e9;
            System.out.printf(Locale.ROOT, "%-9s  %10d  %14.1f%%  %11.1f%%  %6.1f%%  %11.0f ms  %8.0f ms  %15.3f%n", condition, part.size(),
                    100.0 * correct / part.size(), 100.0 * wrong / part.size(), 100.0 * unknown / part.size(),
                    latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.95)] / 1e6, processing / audio);
        }
        if (Boolean.getBoolean("voice.sweep")) {
            System.out.println("By minimum confidence, agreement and slot word confidence (accuracy / wrong-action rate):");
            for (double min : new double[] {0, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7}) {
                for (double agree : new double[] {0, 0.7, 0.8, 0.9}) {
                  for (double slot : new double[] {0, 0.5, 0.6, 0.7, 0.8}) {
                    VoiceGrammar g = tuned(VoiceGrammar.builder(VoiceLanguage.ENGLISH)).products(grammarProducts).minConfidence(min)
                            .minAgreement(agree).minSlotConfidence(slot).build();
                    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %.1f %.1f %.1f", min, agree, slot));
                    for (String condition : List.of("clean", "noisy")) {
                        List<Outcome> part = outcomes.stream().filter(o -> o.condition().equals(condition)).toList();
                        long correct = 0;
                        long wrong = 0;
                        for (Outcome o : part) {
                            Intent i = g.understand(o.hypotheses(), o.words()).intent();
                            correct += o.correct(i) ? 1 : 0;
                            wrong += o.wrongAction(i) ? 1 : 0;
                        }
                        line.append(String.format(Locale.ROOT, "   %s %5.1f%% / %4.1f%%", condition, 100.0 * correct / part.size(), 100.0 * wrong / part.size()));
                    }
                    System.out.println(line);
                  }
                }
            }
        }
        System.out.println("By command (clean / noisy):");
        for (IntentType type : IntentType.values()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-12s", type));
            for (String condition : List.of("clean", "noisy")) {
                List<Outcome> part = outcomes.stream().filter(o -> o.condition().equals(condition) && o.utterance().expected().type() == type).toList();
                long correct = part.stream().filter(Outcome::correct).count();
                line.append(String.format(Locale.ROOT, "  %3d/%3d", correct, part.size()));
            }
            System.out.println(line);
        }
        Path errors = work.resolve("errors.txt");
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(errors, StandardCharsets.UTF_8))) {
            for (Outcome o : outcomes) {
                if (!o.correct()) {
                    out.printf(Locale.ROOT, "%s %s %s %d wpm: said \"%s\" heard \"%s\" (%.2f) -> %s, expected %s%s%n", o.condition(),
                            o.utterance().id(), o.utterance().voice(), o.utterance().wordsPerMinute(), o.utterance().text(), o.heard(),
                            o.confidence(), o.intent(), o.utterance().expected(), o.wrongAction() ? "  WRONG ACTION" : "");
                }
            }
        }
        System.out.println("Misheard utterances: " + errors);
        System.out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, load "
                + String.format(Locale.ROOT, "%.1f", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage())
                + ", " + System.getProperty("java.vm.name") + " " + Runtime.version());
    }
}
