package cn.suanpan.app.ui.common;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A big modal card shown over the current screen by a {@link ModalHost}: a title, the
 * content, a row of buttons. Enter and Esc are the dialog's, whatever has the focus inside
 * it; other keys go to the focused control as usual and, if unconsumed, to {@link #onKey}.
 */
public class ModalDialog {

    private final VBox card = new VBox(12);
    private final Label title = new Label();
    private final VBox body = new VBox(10);
    private final HBox buttons = new HBox(10);
    private Runnable onEnter = () -> { };
    private Runnable onEscape = this::close;
    private Consumer<KeyEvent> onKey = e -> { };
    private Consumer<String> onScan;
    private Runnable onClosed = () -> { };
    private Node initialFocus;
    ModalHost host;

    public ModalDialog(String titleText) {
        title.setText(titleText);
        title.getStyleClass().add("dialog-title");
        body.getStyleClass().add("dialog-body");
        VBox.setVgrow(body, Priority.ALWAYS);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        buttons.getChildren().add(spacer);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.getStyleClass().add("dialog-buttons");
        card.getChildren().addAll(title, body, buttons);
        card.getStyleClass().add("dialog-card");
        card.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
    }

    public VBox card() {
        return card;
    }

    public ModalDialog content(Node... nodes) {
        body.getChildren().setAll(nodes);
        return this;
    }

    public ModalDialog styleClass(String style) {
        card.getStyleClass().add(style);
        return this;
    }

    /** A footer button showing its key, e.g. "确认  Enter". */
    public Button button(String text, String key, Runnable action, boolean primary) {
        Button b = new Button(key == null ? text : text + "  " + key);
        b.setFocusTraversable(false);
        b.getStyleClass().add("dialog-button");
        if (primary) {
            b.getStyleClass().addAll("accent", "dialog-primary");
        }
        b.setOnAction(e -> action.run());
        buttons.getChildren().add(b);
        return b;
    }

    public ModalDialog onEnter(Runnable action) {
        onEnter = action;
        return this;
    }

    public ModalDialog onEscape(Runnable action) {
        onEscape = action;
        return this;
    }

    public ModalDialog onKey(Consumer<KeyEvent> handler) {
        onKey = handler;
        return this;
    }

    /** Scans while this dialog is on top come here; without a handler they are refused. */
    public ModalDialog onScan(Consumer<String> handler) {
        onScan = handler;
        return this;
    }

    public ModalDialog onClosed(Runnable action) {
        onClosed = action;
        return this;
    }

    public ModalDialog focus(Node node) {
        initialFocus = node;
        return this;
    }

    public boolean isOpen() {
        return host != null;
    }

    public void close() {
        if (host != null) {
            ModalHost h = host;
            host = null;
            h.remove(this);
            onClosed.run();
        }
    }

    void enter() {
        onEnter.run();
    }

    void escape() {
        onEscape.run();
    }

    void key(KeyEvent e) {
        onKey.accept(e);
    }

    Consumer<String> scanHandler() {
        return onScan;
    }

    Node initialFocus() {
        return initialFocus;
    }
}
