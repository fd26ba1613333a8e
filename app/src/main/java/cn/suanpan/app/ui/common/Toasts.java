package cn.suanpan.app.ui.common;

import javafx.animation.FadeTransition;
import javafx.animation.PauseTransition;
import javafx.animation.SequentialTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * Short messages in the top right corner that fade by themselves: for what happened in the
 * background (a receipt printed, settings saved) without taking the focus from the cashier.
 */
public final class Toasts {

    private static final int MAX = 4;

    private final VBox layer = new VBox(8);

    Toasts() {
        layer.setAlignment(Pos.TOP_RIGHT);
        layer.setPadding(new Insets(64, 16, 16, 16));
        layer.setMouseTransparent(true);
        layer.setPickOnBounds(false);
        layer.getStyleClass().add("toast-layer");
    }

    VBox layer() {
        return layer;
    }

    /** Takes every toast away at once (the counter is being locked: nothing stays on show). */
    public void clear() {
        layer.getChildren().clear();
    }

    public void show(String text, Notice.Level level) {
        Label toast = new Label(text);
        toast.setWrapText(true);
        toast.setMaxWidth(420);
        toast.getStyleClass().addAll("toast", "toast-" + level.name().toLowerCase(java.util.Locale.ROOT));
        layer.getChildren().add(toast);
        while (layer.getChildren().size() > MAX) {
            layer.getChildren().removeFirst();
        }
        FadeTransition fade = new FadeTransition(Duration.millis(400), toast);
        fade.setToValue(0);
        SequentialTransition life = new SequentialTransition(new PauseTransition(Duration.seconds(level == Notice.Level.ERROR ? 6 : 3.5)), fade);
        life.setOnFinished(e -> layer.getChildren().remove(toast));
        life.play();
    }
}
