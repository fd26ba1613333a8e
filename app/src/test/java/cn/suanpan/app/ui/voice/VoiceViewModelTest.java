package cn.suanpan.app.ui.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.app.config.Settings;
import cn.suanpan.app.testing.TestTerminal;
import cn.suanpan.app.voice.VoiceEngine;
import cn.suanpan.hardware.speech.SpeechException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the voice strip shows when voice cannot work: the reason, and nothing is acted on. */
class VoiceViewModelTest {

    @TempDir
    Path data;
    TestTerminal terminal;

    @AfterEach
    void close() {
        if (terminal != null) {
            VoiceEngine.of(terminal.context()).close();
            terminal.close();
        }
    }

    @Test
    void aMissingModelFolderIsExplainedAndNothingIsActedOn() {
        terminal = TestTerminal.open(data);
        terminal.context().settings().set(Settings.VOICE_MODEL_DIR, "no-such-model");
        List<VoiceViewModel.Understood> acted = new ArrayList<>();
        VoiceViewModel model = new VoiceViewModel(VoiceEngine.of(terminal.context()), terminal.context().settings(), Runnable::run,
                acted::add);

        model.press();
        await(() -> model.phaseProperty().get() == VoiceViewModel.Phase.UNAVAILABLE);
        model.release();

        assertThat(model.problemProperty().get()).isInstanceOf(SpeechException.class);
        assertThat(((SpeechException) model.problemProperty().get()).speechMessage().key()).isEqualTo("speech.model.missing");
        assertThat(acted).isEmpty();
    }

    @Test
    void noMicrophoneIsExplainedAndNothingIsActedOn() {
        terminal = TestTerminal.open(data);
        VoiceEngine engine = VoiceEngine.of(terminal.context());
        engine.useAudio(() -> {
            throw new SpeechException("speech.mic.none");
        });
        List<VoiceViewModel.Understood> acted = new ArrayList<>();
        VoiceViewModel model = new VoiceViewModel(engine, terminal.context().settings(), Runnable::run, acted::add);

        // the first press loads the model; listening then fails for want of a microphone
        model.press();
        await(() -> model.phaseProperty().get() == VoiceViewModel.Phase.UNAVAILABLE);
        model.release();

        assertThat(((SpeechException) model.problemProperty().get()).speechMessage().key()).isEqualTo("speech.mic.none");
        assertThat(engine.state()).isInstanceOf(VoiceEngine.State.Ready.class);
        assertThat(acted).isEmpty();
    }

    private static void await(BooleanSupplier condition) {
        Instant end = Instant.now().plus(Duration.ofSeconds(90));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("condition not met within 90 s");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
