package cn.suanpan.app.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A button that shows its key ("F10") above its name and, when it cannot be used, why not
 * in a line of small text under the name. JavaFX shows no tooltip on a disabled control, so
 * the reason is written on the button and the tooltip sits on a wrapper that stays enabled.
 */
public final class ActionButton {

    private final Button button = new Button();
    private final Label reason = new Label();
    private final StackPane wrapper = new StackPane(button);
    private final Tooltip tooltip = new Tooltip();

    public ActionButton(String key, String text, Ikon icon) {
        Label keyLabel = new Label(key);
        keyLabel.getStyleClass().add("action-key");
        Label name = new Label(text);
        name.getStyleClass().add("action-name");
        if (icon != null) {
            FontIcon fi = new FontIcon(icon);
            fi.getStyleClass().add("action-icon");
            name.setGraphic(fi);
        }
        reason.getStyleClass().add("action-reason");
        reason.setManaged(false);
        reason.setVisible(false);
        VBox graphic = new VBox(1, keyLabel, name, reason);
        graphic.setAlignment(Pos.CENTER);
        button.setGraphic(graphic);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setFocusTraversable(false);
        button.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        button.getStyleClass().add("action-button");
        button.setUserData(key);
        wrapper.getStyleClass().add("action-wrapper");
    }

    public Button button() {
        return button;
    }

    public StackPane node() {
        return wrapper;
    }

    public ActionButton onAction(Runnable action) {
        button.setOnAction(e -> action.run());
        return this;
    }

    public ActionButton style(String styleClass) {
        button.getStyleClass().add(styleClass);
        return this;
    }

    /** Disabled while {@code why} holds a reason (text), enabled while it is null or empty. */
    public ActionButton disabledWhile(ObservableValue<String> why) {
        Runnable update = () -> {
            String r = why.getValue();
            boolean disabled = r != null && !r.isEmpty();
            button.setDisable(disabled);
            reason.setText(disabled ? r : "");
            reason.setVisible(disabled);
            reason.setManaged(disabled);
            if (disabled) {
                tooltip.setText(r);
                Tooltip.install(wrapper, tooltip);
            } else {
                Tooltip.uninstall(wrapper, tooltip);
            }
        };
        why.addListener((obs, a, b) -> update.run());
        // the scene graph holds the reason, so that a binding made only for this button lives as long as it
        wrapper.getProperties().put(ActionButton.class, why);
        update.run();
        return this;
    }

    public String reasonText() {
        return reason.isVisible() ? reason.getText() : "";
    }
}
