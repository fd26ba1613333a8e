package cn.suanpan.app.ui.voice;

import cn.suanpan.app.config.Settings;
import cn.suanpan.app.voice.VoiceEngine;
import cn.suanpan.app.voice.VoiceSettings;
import cn.suanpan.app.voice.VoiceSetup;
import cn.suanpan.core.voice.Intent;
import cn.suanpan.core.voice.IntentType;
import cn.suanpan.core.voice.Understanding;
import cn.suanpan.hardware.speech.HandsFree;
import cn.suanpan.hardware.speech.PushToTalk;
import cn.suanpan.hardware.speech.Recognition;
import cn.suanpan.hardware.speech.SpeechListener;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The voice panel's state on the sale screen: push-to-talk (key or button held down), or
 * hands-free listening for the wake word; the level and the words heard so far while
 * listening; then what was understood, or, when the terminal is not sure, what it heard and
 * the commands that come closest. Recognition runs off the JavaFX thread; results come back
 * on it through {@code uiThread}. What to do with an understood command is
 * {@code onCommand}'s business (the sale's actions).
 */
public final class VoiceViewModel {

    /** Where the panel stands. */
    public enum Phase {
        /** Voice not used yet: the model loads on the first press. */
        IDLE,
        /** The model or the grammar is loading. */
        STARTING,
        READY,
        LISTENING,
        /** Hands-free: waiting for the wake word. */
        WAITING,
        /** Recognising what was said. */
        THINKING,
        /** No voice (no model, no microphone): the message says why; the rest of the terminal works. */
        UNAVAILABLE
    }

    static final Duration WAKE_WINDOW = Duration.ofSeconds(5);

    private final VoiceEngine engine;
    private final Settings settings;
    private final Executor uiThread;
    private final Consumer<Understood> onCommand;
    private final ObjectProperty<Phase> phase = new SimpleObjectProperty<>(Phase.IDLE);
    private final DoubleProperty level = new SimpleDoubleProperty();
    private final StringProperty partial = new SimpleStringProperty("");
    private final StringProperty heard = new SimpleStringProperty("");
    private final ObjectProperty<Intent> intent = new SimpleObjectProperty<>();
    private final ObservableList<String> closest = FXCollections.observableArrayList();
    private final ObjectProperty<Throwable> problem = new SimpleObjectProperty<>();
    private final AutoCloseable stateSubscription;
    private boolean held;
    /** Hands-free listening was paused by a tap. */
    private boolean paused;
    private boolean active = true;
    private PushToTalk talk;
    private HandsFree handsFree;
    private VoiceEngine.Listening lease;

    /** What was understood, and the grammar's products to find its SKUs in. */
    public record Understood(Understanding understanding, VoiceEngine.Listening listening) {
    }

    public VoiceViewModel(VoiceEngine engine, Settings settings, Executor uiThread, Consumer<Understood> onCommand) {
        this.engine = engine;
        this.settings = settings;
        this.uiThread = uiThread;
        this.onCommand = onCommand;
        this.stateSubscription = engine.onState(s -> uiThread.execute(() -> stateChanged(s)));
        stateChanged(engine.state());
    }

    public ObjectProperty<Phase> phaseProperty() {
        return phase;
    }

    public DoubleProperty levelProperty() {
        return level;
    }

    /** The words heard so far in this utterance. */
    public StringProperty partialProperty() {
        return partial;
    }

    /** The reading the last result went by. */
    public StringProperty heardProperty() {
        return heard;
    }

    /** The last result (an {@link Intent.Unknown} when it was not understood or not sure). */
    public ObjectProperty<Intent> intentProperty() {
        return intent;
    }

    /** After an unsure or unknown utterance: the commands that come closest, to say or tap. */
    public ObservableList<String> closest() {
        return closest;
    }

    /** Why voice cannot work now (no model, no microphone), or null. */
    public ObjectProperty<Throwable> problemProperty() {
        return problem;
    }

    public VoiceEngine engine() {
        return engine;
    }

    // ---- push-to-talk

    /** The key or the button went down: listen (once the engine is ready, if it is still starting). */
    public void press() {
        if (talk != null || !active) {
            return;
        }
        held = true;
        if (handsFree != null) {
            // the microphone is already open for the wake word
            return;
        }
        VoiceEngine.Listening l = engine.lease();
        if (l == null) {
            // before asking the engine: its answer may come back at once (a missing folder)
            phase.set(Phase.STARTING);
            if (engine.state() instanceof VoiceEngine.State.Unavailable) {
                // the owner may have fixed the folder or plugged in a microphone since: try again
                engine.rebuild();
            } else {
                engine.start();
            }
            return;
        }
        begin(l);
    }

    private void begin(VoiceEngine.Listening l) {
        lease = l;
        PushToTalk t = new PushToTalk(l.recognizer(), engine.audio(), listener());
        try {
            t.start();
        } catch (RuntimeException e) {
            // no microphone, or it is busy: say so and leave everything else alone
            l.release();
            lease = null;
            held = false;
            problem.set(e);
            phase.set(Phase.UNAVAILABLE);
            return;
        }
        talk = t;
        problem.set(null);
        partial.set("");
        phase.set(Phase.LISTENING);
    }

    /** The key or the button came up: what was said is recognised and acted on. */
    public void release() {
        held = false;
        PushToTalk t = talk;
        VoiceEngine.Listening l = lease;
        if (t == null) {
            return;
        }
        talk = null;
        lease = null;
        phase.set(Phase.THINKING);
        Thread.ofVirtual().name("voice-recognition").start(() -> {
            Understanding u;
            try {
                Recognition r = t.stop();
                u = l.grammar().understand(VoiceSetup.hypotheses(r), VoiceSetup.words(r));
            } catch (RuntimeException e) {
                l.release();
                uiThread.execute(() -> {
                    problem.set(e);
                    phase.set(Phase.READY);
                });
                return;
            }
            l.release();
            Understanding understood = u;
            uiThread.execute(() -> {
                phase.set(Phase.READY);
                result(new Understood(understood, l));
            });
        });
    }

    /** A tap on the button (or the F8 button of the action bar): start listening, or stop and act. */
    public void toggle() {
        if (talk != null) {
            release();
            return;
        }
        if (handsFree != null) {
            // a tap pauses hands-free listening; the next one resumes it
            paused = true;
            stopHandsFree();
            phase.set(Phase.READY);
            return;
        }
        VoiceEngine.Listening l = engine.lease();
        if (l != null && l.handsFree()) {
            l.release();
            paused = false;
            startHandsFree(l);
        } else if (l != null) {
            begin(l);
        } else {
            press();
        }
    }

    private void result(Understood u) {
        Understanding understanding = u.understanding();
        heard.set(understanding.text());
        partial.set("");
        Intent i = understanding.intent();
        intent.set(i);
        if (i instanceof Intent.Unknown unknown) {
            closest.setAll(unknown.closest());
        } else {
            closest.clear();
        }
        if (i.type() != IntentType.UNKNOWN && active) {
            onCommand.accept(u);
        }
    }

    // ---- hands-free

    private void startHandsFree(VoiceEngine.Listening l) {
        if (!l.retain()) {
            return;
        }
        try {
            HandsFree h = new HandsFree(l.recognizer(), engine.audio().get(), l.grammar().wakeWord(), WAKE_WINDOW, listener(),
                    r -> {
                        Understanding u = l.grammar().understand(VoiceSetup.hypotheses(r), VoiceSetup.words(r));
                        uiThread.execute(() -> {
                            if (handsFree != null) {
                                phase.set(Phase.WAITING);
                            }
                            result(new Understood(u, l));
                        });
                    });
            lease = l;
            handsFree = h;
            h.start();
            problem.set(null);
            phase.set(Phase.WAITING);
        } catch (RuntimeException e) {
            l.release();
            problem.set(e);
            phase.set(Phase.UNAVAILABLE);
        }
    }

    private void stopHandsFree() {
        stopHandsFree(() -> { });
    }

    /** Closes hands-free listening (off the JavaFX thread: it waits for the capture thread), then runs {@code then} on it. */
    private void stopHandsFree(Runnable then) {
        HandsFree h = handsFree;
        VoiceEngine.Listening l = lease;
        if (h == null) {
            then.run();
            return;
        }
        handsFree = null;
        lease = null;
        Thread.ofVirtual().name("hands-free-stop").start(() -> {
            h.close();
            l.release();
            uiThread.execute(then);
        });
    }

    private SpeechListener listener() {
        return new SpeechListener() {
            @Override
            public void partial(String text) {
                uiThread.execute(() -> partial.set(text.replace("[unk]", "…").strip()));
            }

            @Override
            public void level(double value) {
                uiThread.execute(() -> level.set(value));
            }

            @Override
            public void awake() {
                uiThread.execute(() -> phase.set(Phase.LISTENING));
            }
        };
    }

    private void stateChanged(VoiceEngine.State s) {
        switch (s) {
            case VoiceEngine.State.Off o -> phase.set(Phase.IDLE);
            case VoiceEngine.State.Loading l -> {
                if (talk == null && handsFree == null) {
                    phase.set(Phase.STARTING);
                }
            }
            case VoiceEngine.State.Ready r -> {
                if (talk != null) {
                    // the utterance under way ends on the grammar it began with
                    return;
                }
                problem.set(null);
                VoiceEngine.Listening l = engine.lease();
                if (l == null) {
                    phase.set(Phase.READY);
                    return;
                }
                if (held && active) {
                    // the key is still down from before the model was ready
                    begin(l);
                    return;
                }
                l.release();
                // a new grammar (the catalog or the settings changed): hands-free goes on with it
                stopHandsFree(() -> {
                    if (active && !paused && l.handsFree()) {
                        startHandsFree(l);
                    } else if (talk == null) {
                        phase.set(Phase.READY);
                    }
                });
            }
            case VoiceEngine.State.Unavailable u -> {
                if (talk == null) {
                    held = false;
                    stopHandsFree();
                    problem.set(u.reason());
                    phase.set(Phase.UNAVAILABLE);
                }
            }
        }
    }

    /** The sale screen is shown: with hands-free on, the engine starts and the microphone opens for the wake word. */
    public void shown() {
        if (!VoiceSettings.handsFree(settings)) {
            return;
        }
        VoiceEngine.Listening l = engine.lease();
        if (l == null) {
            engine.start();
            return;
        }
        l.release();
        if (l.handsFree() && handsFree == null && !paused) {
            startHandsFree(l);
        }
    }

    /** The sale screen is gone: stop listening, drop what was being said, stop hearing the engine. */
    public void dispose() {
        active = false;
        held = false;
        PushToTalk t = talk;
        VoiceEngine.Listening l = lease;
        talk = null;
        if (t != null) {
            lease = null;
            Thread.ofVirtual().name("voice-stop").start(() -> {
                t.stop();
                l.release();
            });
        }
        stopHandsFree();
        try {
            stateSubscription.close();
        } catch (Exception e) {
            // a list removal; nothing to fail
        }
    }
}
