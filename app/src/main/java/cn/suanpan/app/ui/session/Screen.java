package cn.suanpan.app.ui.session;

import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;

/** One full-window screen of the shell. */
public interface Screen {

    Region root();

    /** Keys while no dialog is open; consume what is handled. */
    default void handleKey(KeyEvent e) {
    }

    default void handleTyped(KeyEvent e) {
    }

    /** A scanned code while this screen is showing; false when the screen takes no scans. */
    default boolean scan(String code) {
        return false;
    }

    /** Called after the screen was put in the window: the place to take the focus. */
    default void shown() {
    }
}
