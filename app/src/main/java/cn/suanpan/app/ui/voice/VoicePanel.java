package cn.suanpan.app.ui.voice;

import cn.suanpan.app.config.Settings;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.sale.SaleActions;
import cn.suanpan.app.ui.sale.SaleViewModel;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.app.voice.VoiceEngine;
import cn.suanpan.app.voice.VoiceSettings;
import cn.suanpan.core.voice.VoiceGrammar;
import cn.suanpan.core.voice.Intent;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The voice strip of the sale screen: a push-to-talk button (held down, like the F8 key),
 * a level meter, the words heard so far, and then the command understood — or, when the
 * terminal was not sure, what it heard and the closest commands, which a tap carries out.
 * Commands go through {@link VoiceCommands}, that is through the sale's own actions.
 */
public final class VoicePanel {

    /** The push-to-talk key. */
    public static final KeyCode KEY = KeyCode.F8;
    private static final PseudoClass LISTENING = PseudoClass.getPseudoClass("listening");
    private static final PseudoClass UNSURE = PseudoClass.getPseudoClass("unsure");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final UiContext ui;
    private final VoiceViewModel model;
    private final VoiceCommands commands;
    private final HBox root = new HBox(10);
    private final EventHandler<KeyEvent> keyReleased = this::keyReleased;
    /** Some keyboards repeat a held key as release and press pairs: the release counts once it stands for a moment. */
    private final PauseTransition keyUp = new PauseTransition(Duration.millis(80));

    public VoicePanel(UiContext ui, SaleViewModel sale, SaleActions actions) {
        this.ui = ui;
        this.commands = new VoiceCommands(ui, sale, actions);
        this.model = new VoiceViewModel(VoiceEngine.of(ui.services().terminal()), ui.services().terminal().settings(),
                ui.services().uiThread(), u -> commands.perform(u.understanding().intent(), u.listening()::product));
        keyUp.setOnFinished(e -> model.release());
        build();
        // the key's release comes to the scene, not to the screen: listen there while the panel is shown
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_RELEASED, keyReleased);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_RELEASED, keyReleased);
                model.shown();
            } else if (old != null) {
                model.dispose();
            }
        });
    }

    public Region root() {
        return root;
    }

    public VoiceViewModel model() {
        return model;
    }

    /** F8 went down (auto-repeat while held is ignored). */
    public void keyPressed() {
        if (keyUp.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            // a release and a press in quick succession is the key's auto-repeat, not a let-go
            keyUp.stop();
            return;
        }
        model.press();
    }

    /** The F8 button of the action bar: a tap starts listening, the next one stops. */
    public void toggle() {
        model.toggle();
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KEY) {
            keyUp.playFromStart();
        }
    }

    private I18n i18n() {
        return ui.i18n();
    }

    private void build() {
        root.getStylesheets().add(VoicePanel.class.getResource("voice.css").toExternalForm());
        root.getStyleClass().add("voice-panel");
        root.setId("voice-panel");
        root.setAlignment(Pos.CENTER_LEFT);

        Button mic = new Button();
        FontIcon icon = new FontIcon(MaterialDesignM.MICROPHONE);
        icon.getStyleClass().add("voice-mic-icon");
        Label micText = new Label(i18n().tr("voice.hold"));
        micText.getStyleClass().add("voice-mic-text");
        Label key = new Label(KEY.getName());
        key.getStyleClass().add("action-key");
        VBox micGraphic = new VBox(0, icon, micText, key);
        micGraphic.setAlignment(Pos.CENTER);
        mic.setGraphic(micGraphic);
        mic.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        mic.getStyleClass().add("voice-mic");
        mic.setId("voice-mic");
        mic.setFocusTraversable(false);
        // held down to talk, by mouse or by finger
        mic.setOnMousePressed(e -> model.press());
        mic.setOnMouseReleased(e -> model.release());
        mic.setOnTouchPressed(e -> model.press());
        mic.setOnTouchReleased(e -> model.release());

        ProgressBar meter = new ProgressBar(0);
        meter.getStyleClass().add("voice-level");
        meter.setId("voice-level");
        meter.progressProperty().bind(model.levelProperty());
        meter.setPrefWidth(90);

        Label status = new Label();
        status.getStyleClass().add("voice-status");
        status.setId("voice-status");
        status.setWrapText(true);
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, model.phaseProperty(), model.partialProperty(),
                model.problemProperty()));

        Label result = new Label();
        result.getStyleClass().add("voice-result");
        result.setId("voice-result");
        result.setWrapText(true);
        result.textProperty().bind(Bindings.createStringBinding(this::resultText, model.intentProperty(), model.heardProperty()));
        result.visibleProperty().bind(result.textProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());

        FlowPane closest = new FlowPane(6, 4);
        closest.getStyleClass().add("voice-closest");
        closest.setId("voice-closest");
        model.closest().addListener((javafx.collections.ListChangeListener<String>) c -> fillClosest(closest));
        closest.visibleProperty().bind(Bindings.isNotEmpty(model.closest()));
        closest.managedProperty().bind(closest.visibleProperty());

        VBox words = new VBox(2, status, result, closest);
        words.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMinWidth(0);
        root.getChildren().addAll(mic, meter, words);

        model.phaseProperty().addListener((obs, a, p) -> {
            boolean listening = p == VoiceViewModel.Phase.LISTENING;
            root.pseudoClassStateChanged(LISTENING, listening);
            mic.pseudoClassStateChanged(LISTENING, listening);
            root.pseudoClassStateChanged(PROBLEM, p == VoiceViewModel.Phase.UNAVAILABLE);
        });
        model.intentProperty().addListener((obs, a, i) -> root.pseudoClassStateChanged(UNSURE, i instanceof Intent.Unknown));
    }

    private String statusText() {
        return switch (model.phaseProperty().get()) {
            case IDLE, READY -> handsFree()
                    ? i18n().tr("voice.status.handsFree", wakeWord()) : i18n().tr("voice.status.ready", KEY.getName());
            case STARTING -> i18n().tr("voice.status.starting");
            case LISTENING -> model.partialProperty().get().isEmpty() ? i18n().tr("voice.status.listening")
                    : i18n().tr("voice.status.partial", model.partialProperty().get());
            case WAITING -> i18n().tr("voice.status.handsFree", wakeWord());
            case THINKING -> i18n().tr("voice.status.thinking");
            case UNAVAILABLE -> model.problemProperty().get() == null ? i18n().tr("voice.status.off")
                    : i18n().tr("voice.status.problem", i18n().describe(model.problemProperty().get()));
        };
    }

    private String resultText() {
        Intent i = model.intentProperty().get();
        if (i == null) {
            return "";
        }
        String heard = model.heardProperty().get().replace("[unk]", "…").strip();
        if (i instanceof Intent.Unknown) {
            // speech outside the grammar only ("[unk]"): nothing was made out at all
            return heard.replace("…", "").isBlank() ? i18n().tr("voice.result.nothing") : i18n().tr("voice.result.unsure", heard);
        }
        VoiceEngine.Listening l = model.engine().lease();
        try {
            return i18n().tr("voice.result.done", heard, commands.describe(i, sku -> l == null ? null : l.product(sku)));
        } finally {
            if (l != null) {
                l.release();
            }
        }
    }

    private void fillClosest(FlowPane pane) {
        pane.getChildren().clear();
        if (model.closest().isEmpty()) {
            return;
        }
        Label try_ = new Label(i18n().tr("voice.closest"));
        try_.getStyleClass().add("voice-closest-title");
        pane.getChildren().add(try_);
        for (String text : model.closest()) {
            Button b = new Button(text);
            b.getStyleClass().addAll("small", "voice-suggestion");
            b.setFocusTraversable(false);
            // a tap is the cashier choosing this command: it is carried out as if it had been heard clearly
            b.setOnAction(e -> carryOut(text));
            pane.getChildren().add(b);
        }
    }

    private void carryOut(String text) {
        VoiceEngine.Listening l = model.engine().lease();
        if (l == null) {
            return;
        }
        try {
            Intent intent = l.grammar().parse(text);
            model.closest().clear();
            model.heardProperty().set(text);
            model.intentProperty().set(intent);
            commands.perform(intent, l::product);
        } finally {
            l.release();
        }
    }

    private boolean handsFree() {
        return VoiceSettings.handsFree(ui.services().terminal().settings());
    }

    private String wakeWord() {
        String w = ui.services().terminal().settings().get(Settings.VOICE_WAKE_WORD);
        return w == null || w.isBlank() ? VoiceGrammar.DEFAULT_WAKE_WORD : w.strip();
    }
}
