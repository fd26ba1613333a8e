package cn.suanpan.hardware.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Vosk recognizer on speech made by espeak-ng. The model is loaded once for the class. */
class SpeechRecognizerTest {

    private static final List<String> GRAMMAR = List.of("add two cola", "add three bread", "remove bread", "pay cash",
            "hold the sale", "cashier", "cashier add two cola", "cashier pay cash", "[unk]");

    private static SpeechModel model;

    @TempDir
    static Path dir;

    @BeforeAll
    static void load() {
        Speech.assumeTools();
        model = SpeechModel.load(Speech.model());
    }

    @AfterAll
    static void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void theModelKnowsItsWords() {
        assertThat(model.knows("cola")).isTrue();
        assertThat(model.knows("mirinda")).isFalse();
    }

    @Test
    void aGrammarRecognizerHearsItsPhrases() throws Exception {
        try (SpeechRecognizer r = SpeechRecognizer.grammar(model, GRAMMAR)) {
            Recognition add = r.recognize(Speech.pcm(dir, "add", "add two cola"));
            assertThat(add.text()).isEqualTo("add two cola");
            assertThat(add.confidence()).isGreaterThan(0.5);
            assertThat(add.alternatives()).isNotEmpty().first().extracting(Recognition.Alternative::text).isEqualTo("add two cola");
            assertThat(add.audioSeconds()).isBetween(1.0, 4.0);

            // the same recognizer takes the next utterance
            assertThat(r.recognize(Speech.pcm(dir, "remove", "remove bread")).text()).isEqualTo("remove bread");
        }
    }

    @Test
    void withoutAlternativesEachWordHasItsConfidence() throws Exception {
        try (SpeechRecognizer r = SpeechRecognizer.grammar(model, GRAMMAR, 0)) {
            Recognition pay = r.recognize(Speech.pcm(dir, "pay", "pay cash"));
            assertThat(pay.text()).isEqualTo("pay cash");
            assertThat(pay.words()).extracting(Recognition.Word::word).containsExactly("pay", "cash");
            assertThat(pay.words()).allSatisfy(w -> assertThat(w.confidence()).isBetween(0.0, 1.0));
            assertThat(pay.words().get(0).end()).isLessThanOrEqualTo(pay.words().get(1).start());
        }
    }

    @Test
    void withWordConfidencesTheNBestComeWithTheWordsOfTheBestReading() throws Exception {
        try (SpeechRecognizer r = SpeechRecognizer.grammar(model, GRAMMAR, SpeechRecognizer.COMMAND_ALTERNATIVES, true)) {
            for (int i = 0; i < 2; i++) {
                // twice: the second decoder is ready for the next utterance like the first
                Recognition add = r.recognize(Speech.pcm(dir, "add", "add two cola"));
                assertThat(add.alternatives()).isNotEmpty().first().extracting(Recognition.Alternative::text).isEqualTo("add two cola");
                assertThat(add.words()).extracting(Recognition.Word::word).containsExactly("add", "two", "cola");
                assertThat(add.words()).allSatisfy(w -> assertThat(w.confidence()).isGreaterThan(0.5).isLessThanOrEqualTo(1.0));
            }
        }
    }

    @Test
    void silenceIsHeardAsNothing() {
        try (SpeechRecognizer r = SpeechRecognizer.grammar(model, GRAMMAR)) {
            Recognition nothing = r.recognize(WavAudio.silence(1.5));
            assertThat(nothing.isEmpty()).isTrue();
            assertThat(nothing.confidence()).isZero();
        }
    }

    @Test
    void aWavFileInAnotherRateIsResampled() throws Exception {
        Path wav = Speech.wav(dir, "rate22k", "pay cash", "en-us", 22050);
        try (SpeechRecognizer r = SpeechRecognizer.grammar(model, GRAMMAR)) {
            assertThat(r.recognize(wav).text()).isEqualTo("pay cash");
        }
    }

    @Test
    void theFreeTextRecognizerHearsWordsOutsideAnyGrammar() throws Exception {
        try (SpeechRecognizer r = SpeechRecognizer.freeText(model, 3)) {
            Recognition heard = r.recognize(Speech.pcm(dir, "free", "good morning"));
            assertThat(heard.alternatives()).isNotEmpty();
            assertThat(heard.alternatives()).anySatisfy(a -> assertThat(a.text()).contains("morning"));
        }
    }

    @Test
    void pushToTalkReportsLevelAndPartialWordsWhileListening() throws Exception {
        byte[] speech = Speech.concat(Speech.pcm(dir, "ptt", "add three bread"), WavAudio.silence(0.2));
        List<Double> levels = Collections.synchronizedList(new ArrayList<>());
        List<String> partials = Collections.synchronizedList(new ArrayList<>());
        SpeechListener listener = new SpeechListener() {
            @Override
            public void partial(String text) {
                partials.add(text);
            }

            @Override
            public void level(double level) {
                levels.add(level);
            }
        };
        try (SpeechRecognizer r = SpeechRecognizer.grammar(model, GRAMMAR)) {
            PushToTalk ptt = new PushToTalk(r, () -> WavAudio.source(speech), listener);
            ptt.start();
            assertThat(ptt.listening()).isTrue();
            // the recording ends by itself; then the key is released
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (levels.size() < speech.length / (WavAudio.BYTES_PER_SECOND / 10) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Recognition said = ptt.stop();
            assertThat(said.text()).isEqualTo("add three bread");
            assertThat(ptt.listening()).isFalse();
        }
        assertThat(levels).anySatisfy(l -> assertThat(l).isGreaterThan(0.5)).anySatisfy(l -> assertThat(l).isLessThan(0.3));
        assertThat(partials).isNotEmpty().anySatisfy(p -> assertThat(p).startsWith("add"));
    }

    @Test
    void listenOnceStopsAtTheEndOfTheUtterance() throws Exception {
        byte[] audio = Speech.concat(Speech.pcm(dir, "once", "pay cash"), WavAudio.silence(2), Speech.pcm(dir, "later", "remove bread"));
        try (SpeechRecognizer r = SpeechRecognizer.grammar(model, GRAMMAR)) {
            Recognition first = PushToTalk.listenOnce(r, WavAudio.source(audio), null, Duration.ofSeconds(10));
            assertThat(first.text()).isEqualTo("pay cash");
        }
    }

    @Test
    void handsFreeActsOnlyOnWhatFollowsTheWakeWord() throws Exception {
        byte[] audio = Speech.concat(
                Speech.pcm(dir, "hf1", "cashier add two cola"), WavAudio.silence(1.5),
                Speech.pcm(dir, "hf2", "remove bread"), WavAudio.silence(1.5),
                Speech.pcm(dir, "hf3", "cashier"), WavAudio.silence(1.0),
                Speech.pcm(dir, "hf4", "pay cash"), WavAudio.silence(1.5));
        List<String> commands = new ArrayList<>();
        int[] awake = {0};
        SpeechListener listener = new SpeechListener() {
            @Override
            public void awake() {
                awake[0]++;
            }
        };
        try (SpeechRecognizer r = SpeechRecognizer.grammar(model, GRAMMAR)) {
            HandsFree handsFree = new HandsFree(r, WavAudio.source(audio), "cashier", Duration.ofSeconds(5), listener,
                    heard -> commands.add(heard.text()));
            handsFree.run();
        }
        // "remove bread" had no wake word and is ignored
        assertThat(commands).containsExactly("add two cola", "pay cash");
        assertThat(awake[0]).isEqualTo(1);
    }

    @Test
    void aMissingOrEmptyModelFolderIsExplained(@TempDir Path empty) {
        assertThatThrownBy(() -> SpeechModel.load(empty.resolve("nowhere")))
                .isInstanceOfSatisfying(SpeechException.class, e -> assertThat(e.speechMessage().key()).isEqualTo("speech.model.missing"))
                .hasMessageContaining("No speech model in").hasMessageContaining("nowhere");
        assertThatThrownBy(() -> SpeechModel.load(empty))
                .isInstanceOfSatisfying(SpeechException.class, e -> assertThat(e.speechMessage().key()).isEqualTo("speech.model.invalid"));
    }
}
