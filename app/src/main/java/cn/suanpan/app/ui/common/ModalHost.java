package cn.suanpan.app.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The window's layers: the current screen, modal dialogs over it (in the same scene, not in
 * windows of their own: a till has one screen, and a dialog in the scene can never get lost
 * behind the main window), and toasts on top.
 */
public final class ModalHost {

    private final StackPane root = new StackPane();
    private final StackPane content = new StackPane();
    private final StackPane dialogs = new StackPane();
    private final Toasts toasts = new Toasts();
    private final Deque<ModalDialog> open = new ArrayDeque<>();
    private Runnable onAllClosed = () -> { };

    public ModalHost() {
        root.getStyleClass().add("modal-host");
        dialogs.setPickOnBounds(false);
        root.getChildren().addAll(content, dialogs, toasts.layer());
        // the screen behind a dialog stays as it is (not greyed out), so keep Tab from wandering into it
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> keepFocusInDialog(now));
            }
        });
    }

    private void keepFocusInDialog(Node focused) {
        ModalDialog top = open.peek();
        if (top == null || focused == null) {
            return;
        }
        for (Node n = focused; n != null; n = n.getParent()) {
            if (n == top.card()) {
                return;
            }
        }
        Node back = top.initialFocus() != null ? top.initialFocus() : top.card();
        Platform.runLater(back::requestFocus);
    }

    public StackPane root() {
        return root;
    }

    public Toasts toasts() {
        return toasts;
    }

    public void setContent(Node screen) {
        content.getChildren().setAll(screen);
    }

    public Node content() {
        return content.getChildren().isEmpty() ? null : content.getChildren().getFirst();
    }

    public void setOnAllClosed(Runnable action) {
        onAllClosed = action;
    }

    public void open(ModalDialog dialog) {
        if (dialog.host != null) {
            return;
        }
        dialog.host = this;
        Region dim = new Region();
        dim.getStyleClass().add("dialog-dim");
        // swallow clicks beside the card: the dialog is modal
        dim.setOnMouseClicked(e -> e.consume());
        StackPane layer = new StackPane(dim, dialog.card());
        layer.setUserData(dialog);
        dialogs.getChildren().add(layer);
        open.push(dialog);
        Node focus = dialog.initialFocus();
        if (focus != null) {
            focus.requestFocus();
            // a node added in this pulse cannot always take the focus before it is laid out
            Platform.runLater(focus::requestFocus);
        } else {
            dialog.card().requestFocus();
        }
    }

    void remove(ModalDialog dialog) {
        open.remove(dialog);
        dialogs.getChildren().removeIf(n -> n.getUserData() == dialog);
        if (open.isEmpty()) {
            onAllClosed.run();
        } else {
            Node focus = open.peek().initialFocus();
            if (focus != null) {
                focus.requestFocus();
            }
        }
    }

    public Optional<ModalDialog> top() {
        return Optional.ofNullable(open.peek());
    }

    public boolean isOpen() {
        return !open.isEmpty();
    }

    /** Enter and Esc for the top dialog; other keys too, after its focused control had them. */
    public boolean handleKey(KeyEvent e) {
        ModalDialog top = open.peek();
        if (top == null) {
            return false;
        }
        if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            top.enter();
        } else if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            top.escape();
        } else {
            top.key(e);
        }
        return true;
    }

    /** A scan while a dialog is open goes to it, or is refused when it takes none. */
    public boolean handleScan(String code, Runnable refused) {
        ModalDialog top = open.peek();
        if (top == null) {
            return false;
        }
        Consumer<String> handler = top.scanHandler();
        if (handler == null) {
            refused.run();
        } else {
            handler.accept(code);
        }
        return true;
    }
}
