package cn.suanpan.app.ui.voice;

import cn.suanpan.app.config.Settings;
import cn.suanpan.app.ui.i18n.I18n;
import cn.suanpan.app.ui.session.UiContext;
import cn.suanpan.app.voice.VoiceEngine;
import cn.suanpan.app.voice.VoiceSettings;
import cn.suanpan.core.voice.VoiceGrammar;
import cn.suanpan.hardware.speech.Microphone;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;

/**
 * The voice part of the settings screen: which microphone, which speech model folder (a
 * Chinese model, say) and command language, hands-free with its wake word. "Apply" saves
 * them and has the engine load again off the JavaFX thread; the line below says whether
 * voice is ready or why not.
 */
public final class VoiceSettingsSection {

    private VoiceSettingsSection() {
    }

    public static Node create(UiContext ui) {
        I18n i18n = ui.i18n();
        Settings settings = ui.services().terminal().settings();
        VoiceEngine engine = VoiceEngine.of(ui.services().terminal());

        String defaultMic = i18n.tr("settings.voice.defaultMicrophone");
        ComboBox<String> mic = new ComboBox<>();
        mic.setId("voice-microphone");
        List<String> devices = new ArrayList<>();
        devices.add(defaultMic);
        try {
            devices.addAll(Microphone.devices());
        } catch (RuntimeException e) {
            // no sound system at all: only the default is offered, and listening will say what is wrong
        }
        String chosen = settings.get(Settings.VOICE_MICROPHONE);
        if (chosen != null && !chosen.isBlank() && !devices.contains(chosen)) {
            devices.add(chosen);
        }
        mic.getItems().setAll(devices);
        mic.setValue(chosen == null || chosen.isBlank() ? defaultMic : chosen);
        mic.setMaxWidth(Double.MAX_VALUE);

        TextField model = new TextField(value(settings, Settings.VOICE_MODEL_DIR));
        model.setId("voice-model-dir");
        model.setPromptText(i18n.tr("settings.voice.modelPrompt"));
        Button choose = new Button(i18n.tr("settings.voice.choose"));
        choose.setFocusTraversable(false);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.tr("settings.voice.model"));
            File dir = chooser.showDialog(choose.getScene().getWindow());
            if (dir != null) {
                model.setText(dir.getAbsolutePath());
            }
        });
        HBox modelRow = new HBox(6, model, choose);
        HBox.setHgrow(model, Priority.ALWAYS);

        ToggleGroup languages = new ToggleGroup();
        ToggleButton en = language("English", "en", languages);
        ToggleButton zh = language("中文", "zh", languages);
        ("zh".equals(value(settings, Settings.VOICE_LANGUAGE)) ? zh : en).setSelected(true);

        CheckBox handsFree = new CheckBox(i18n.tr("settings.voice.handsFree"));
        handsFree.setId("voice-hands-free");
        handsFree.setSelected(VoiceSettings.handsFree(settings));
        TextField wake = new TextField(value(settings, Settings.VOICE_WAKE_WORD));
        wake.setPromptText(VoiceGrammar.DEFAULT_WAKE_WORD);
        wake.setPrefColumnCount(10);
        wake.disableProperty().bind(handsFree.selectedProperty().not());

        Label state = new Label();
        state.setId("voice-engine-state");
        state.setWrapText(true);
        state.getStyleClass().add("dialog-message");
        Consumer<VoiceEngine.State> show = s -> state.setText(describe(i18n, s));
        show.accept(engine.state());
        AutoCloseable subscription = engine.onState(s -> ui.services().uiThread().execute(() -> show.accept(s)));
        state.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                close(subscription);
            }
        });

        Button apply = new Button(i18n.tr("settings.voice.apply"));
        apply.setId("voice-apply");
        apply.getStyleClass().add("screen-button");
        apply.setFocusTraversable(false);
        apply.setOnAction(e -> {
            String m = mic.getValue();
            settings.set(Settings.VOICE_MICROPHONE, m == null || m.equals(defaultMic) ? "" : m);
            settings.set(Settings.VOICE_MODEL_DIR, model.getText().strip());
            settings.set(Settings.VOICE_LANGUAGE, zh.isSelected() ? "zh" : "en");
            settings.set(VoiceSettings.HANDS_FREE, Boolean.toString(handsFree.isSelected()));
            String w = wake.getText().strip();
            settings.set(Settings.VOICE_WAKE_WORD, w.isEmpty() ? VoiceGrammar.DEFAULT_WAKE_WORD : w);
            settings.save();
            engine.useAudio(null);
            engine.rebuild();
        });

        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        g.addRow(0, new Label(i18n.tr("settings.voice.microphone")), mic);
        g.addRow(1, new Label(i18n.tr("settings.voice.model")), modelRow);
        g.addRow(2, new Label(i18n.tr("settings.voice.language")), new HBox(8, en, zh));
        g.addRow(3, new Label(i18n.tr("settings.voice.wakeWord")), wake);
        g.add(handsFree, 1, 4);
        GridPane.setHgrow(modelRow, Priority.ALWAYS);
        // the labels keep their whole text; the fields take what is left
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        Label note = new Label(i18n.tr("settings.voice.note"));
        note.setWrapText(true);
        note.getStyleClass().add("dialog-message");
        HBox applyRow = new HBox(12, apply, state);
        applyRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(state, Priority.ALWAYS);

        Label title = new Label(i18n.tr("settings.voice"));
        title.getStyleClass().add("section-title");
        VBox box = new VBox(8, title, g, applyRow, note);
        box.getStyleClass().add("settings-section");
        box.setId("voice-settings");
        return box;
    }

    private static String describe(I18n i18n, VoiceEngine.State s) {
        return switch (s) {
            case VoiceEngine.State.Off o -> i18n.tr("settings.voice.notLoaded");
            case VoiceEngine.State.Loading l -> i18n.tr("settings.voice.loading");
            case VoiceEngine.State.Ready r -> i18n.tr("settings.voice.ready", r.products(), r.language(), shortPath(r.model()));
            case VoiceEngine.State.Unavailable u -> i18n.describe(u.reason());
        };
    }

    private static String shortPath(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    private static ToggleButton language(String text, String code, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.getStyleClass().add("choice-toggle");
        b.setId("voice-lang-" + code);
        b.setOnAction(e -> b.setSelected(true));
        return b;
    }

    private static String value(Settings settings, String key) {
        String v = settings.get(key);
        return v == null ? "" : v;
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // a list removal; nothing to fail
        }
    }
}
