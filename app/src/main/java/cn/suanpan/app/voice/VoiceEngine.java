package cn.suanpan.app.voice;

import cn.suanpan.app.TerminalContext;
import cn.suanpan.app.config.Settings;
import cn.suanpan.core.catalog.CatalogSignal;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.voice.VoiceGrammar;
import cn.suanpan.core.voice.VoiceProduct;
import cn.suanpan.hardware.speech.AudioSource;
import cn.suanpan.hardware.speech.Microphone;
import cn.suanpan.hardware.speech.SpeechModel;
import cn.suanpan.hardware.speech.SpeechRecognizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's speech: the model, and the grammar and recognizer built from the live
 * catalog, kept for as long as the terminal runs (loading the model takes a second or two,
 * building the recognizer a few tenths). Everything slow happens on the engine's own thread:
 * the first start, a rebuild when the catalog changes (an import, a pulled page of catalog
 * changes: {@link CatalogSignal}) and a reload when the voice settings change. Until a new
 * grammar is ready the old one goes on listening.
 *
 * <p>Where the audio comes from is a {@link Supplier} of {@link AudioSource}: the microphone
 * named in the settings, or a recording (tests, files).
 */
public final class VoiceEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VoiceEngine.class);
    private static final Map<TerminalContext, VoiceEngine> ENGINES = Collections.synchronizedMap(new WeakHashMap<>());

    /** Where the engine stands, for the screen to show. */
    public sealed interface State {
        /** Not asked for yet: the model is loaded on first use. */
        record Off() implements State {
        }

        record Loading() implements State {
        }

        /** Listening can start: the model folder, how many product phrases the grammar knows, and its language. */
        record Ready(Path model, int products, String language, boolean handsFree) implements State {
        }

        /** No voice: no model, an unusable one, or a grammar that could not be built; the reason says which. */
        record Unavailable(Throwable reason) implements State {
        }
    }

    private final TerminalContext terminal;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "voice-engine");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable catalogSubscription;
    private volatile State state = new State.Off();
    private volatile Listening current;
    private volatile Supplier<AudioSource> audio;
    private volatile boolean closed;
    // the engine thread's own
    private SpeechModel model;

    private VoiceEngine(TerminalContext terminal) {
        this.terminal = terminal;
        this.audio = () -> Microphone.open(terminal.settings().get(Settings.VOICE_MICROPHONE));
        // a rebuild only matters once voice is in use; until then the first start reads the catalog anyway
        this.catalogSubscription = CatalogSignal.of(terminal.store()).listen(() -> {
            if (!(state instanceof State.Off)) {
                rebuild();
            }
        });
    }

    /** The engine of this terminal, made on first use. */
    public static VoiceEngine of(TerminalContext terminal) {
        synchronized (ENGINES) {
            VoiceEngine e = ENGINES.get(terminal);
            if (e == null || e.closed) {
                e = new VoiceEngine(terminal);
                ENGINES.put(terminal, e);
            }
            return e;
        }
    }

    public State state() {
        return state;
    }

    /** Called on the engine's thread with each new state. */
    public AutoCloseable onState(Consumer<State> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Loads the model and builds the grammar, unless that is done or under way. */
    public void start() {
        if (state instanceof State.Off) {
            rebuild();
        }
    }

    /**
     * Builds the grammar and recognizer again (and loads the model again if its folder
     * changed), off the caller's thread. Requests that come while one waits are merged.
     */
    public void rebuild() {
        if (closed || !rebuildQueued.compareAndSet(false, true)) {
            return;
        }
        if (current == null) {
            set(new State.Loading());
        }
        worker.execute(() -> {
            rebuildQueued.set(false);
            build();
        });
    }

    /** The grammar and recognizer to listen with now, or null when voice is not ready; release it when done. */
    public Listening lease() {
        Listening l = current;
        return l != null && l.retain() ? l : null;
    }

    /** Where audio comes from: the microphone of the settings unless a recording was put in its place. */
    public Supplier<AudioSource> audio() {
        return audio;
    }

    /** Listens to {@code source} instead of the microphone (a recording played in), or to the microphone again with null. */
    public void useAudio(Supplier<AudioSource> source) {
        this.audio = source != null ? source
                : () -> Microphone.open(terminal.settings().get(Settings.VOICE_MICROPHONE));
    }

    private void build() {
        if (closed) {
            return;
        }
        Settings settings = terminal.settings();
        try {
            Path folder = VoiceModelLocator.locate(settings, terminal.dataDirectory());
            if (model == null || !model.folder().equals(folder)) {
                SpeechModel loaded = SpeechModel.load(folder);
                // recognizers keep their own hold on the model they were made with
                if (model != null) {
                    model.close();
                }
                model = loaded;
            }
            Map<String, Product> products = new HashMap<>();
            List<VoiceProduct> spoken = new ArrayList<>();
            terminal.catalog().forEach((Product p) -> {
                if (p.active()) {
                    products.put(p.sku(), p);
                    spoken.add(VoiceProduct.of(p));
                }
            });
            boolean handsFree = VoiceSettings.handsFree(settings);
            VoiceGrammar grammar = VoiceSetup.grammar(spoken, model, settings, handsFree);
            SpeechRecognizer recognizer = VoiceSetup.recognizer(model, grammar);
            Listening next = new Listening(grammar, recognizer, Map.copyOf(products), handsFree);
            Listening old = current;
            current = next;
            if (old != null) {
                old.retire();
            }
            set(new State.Ready(folder, grammar.productPhrases().size(), grammar.language().tag(), handsFree));
            LOG.info("Voice grammar of {} phrases for {} products ready ({} left out)", grammar.phrases().size(),
                    grammar.productPhrases().size(), grammar.unspeakable().size());
        } catch (RuntimeException e) {
            Listening old = current;
            current = null;
            if (old != null) {
                old.retire();
            }
            LOG.warn("Voice commands are off: {}", e.getMessage());
            set(new State.Unavailable(e));
        }
    }

    private void set(State s) {
        state = s;
        for (Consumer<State> l : listeners) {
            l.accept(s);
        }
    }

    @Override
    public void close() {
        closed = true;
        ENGINES.remove(terminal, this);
        try {
            catalogSubscription.close();
        } catch (Exception e) {
            // a list removal; nothing to fail
        }
        worker.execute(() -> {
            Listening old = current;
            current = null;
            if (old != null) {
                old.retire();
            }
            if (model != null) {
                model.close();
                model = null;
            }
        });
        worker.shutdown();
    }

    /**
     * A grammar with the recognizer made from it and the products it names, always built
     * together so that an intent's SKU is one of these products. Leased for each utterance:
     * a rebuild retires the old one, which is closed once its last utterance is done.
     */
    public static final class Listening {
        private final VoiceGrammar grammar;
        private final SpeechRecognizer recognizer;
        private final Map<String, Product> products;
        private final boolean handsFree;
        private int users;
        private boolean retired;

        Listening(VoiceGrammar grammar, SpeechRecognizer recognizer, Map<String, Product> products, boolean handsFree) {
            this.grammar = Objects.requireNonNull(grammar);
            this.recognizer = Objects.requireNonNull(recognizer);
            this.products = products;
            this.handsFree = handsFree;
        }

        public VoiceGrammar grammar() {
            return grammar;
        }

        public SpeechRecognizer recognizer() {
            return recognizer;
        }

        /** The catalog's product of that SKU as it was when this grammar was built. */
        public Product product(String sku) {
            return products.get(sku);
        }

        /** Whether the grammar knows the wake word (built for hands-free listening). */
        public boolean handsFree() {
            return handsFree;
        }

        /** One more user of it; false when it was retired (a newer grammar is ready: lease that one). */
        public synchronized boolean retain() {
            if (retired) {
                return false;
            }
            users++;
            return true;
        }

        /** Done with it for this utterance. */
        public synchronized void release() {
            users--;
            if (retired && users <= 0) {
                recognizer.close();
            }
        }

        synchronized void retire() {
            retired = true;
            if (users <= 0) {
                recognizer.close();
            }
        }
    }
}
