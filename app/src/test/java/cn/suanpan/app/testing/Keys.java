package cn.suanpan.app.testing;

import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.testfx.api.FxRobot;

/**
 * Key events as the window receives them, delivered to the focused control through the
 * scene like the toolkit does. A scan is the whole code and its Enter in one go, the way a
 * keyboard-wedge scanner sends it (a few microseconds between keys here); {@link #typeSlowly}
 * leaves a pause between keys like a person does.
 */
public final class Keys {

    /**
     * How long a person takes from the last key of what they typed to Enter, at least: more
     * than the scanner gap of the tests, so typed text and Enter are never taken for a scan.
     */
    public static final long HUMAN_PAUSE_MILLIS = 400;

    private static volatile long lastTyped;

    private Keys() {
    }

    /** A wedge scanner reading {@code code}. */
    public static void scan(FxRobot robot, Scene scene, String code) {
        robot.interact(() -> {
            for (char c : code.toCharArray()) {
                character(scene, c);
            }
            key(scene, KeyCode.ENTER);
        });
    }

    /** A person typing {@code text}, {@code pauseMillis} between keys. */
    public static void typeSlowly(FxRobot robot, Scene scene, String text, long pauseMillis) {
        for (char c : text.toCharArray()) {
            robot.interact(() -> character(scene, c));
            robot.sleep(pauseMillis);
        }
    }

    /**
     * A person typing {@code text}. The keys come at once; it is the pause before a following
     * {@link #press} of Enter (or any key) that tells them from a scan, as the wedge allows.
     */
    public static void type(FxRobot robot, Scene scene, String text) {
        robot.interact(() -> {
            for (char c : text.toCharArray()) {
                character(scene, c);
            }
        });
        lastTyped = System.nanoTime();
    }

    /** One press and release of a key that types nothing (F9, Enter, Esc, Delete), after a person's pause when text was just typed. */
    public static void press(FxRobot robot, Scene scene, KeyCode code) {
        long since = (System.nanoTime() - lastTyped) / 1_000_000;
        if (since < HUMAN_PAUSE_MILLIS) {
            robot.sleep(HUMAN_PAUSE_MILLIS - since);
        }
        robot.interact(() -> key(scene, code));
    }

    private static void character(Scene scene, char c) {
        KeyCode code = KeyCode.getKeyCode(String.valueOf(Character.toUpperCase(c)));
        if (code == null) {
            code = KeyCode.UNDEFINED;
        }
        String s = String.valueOf(c);
        fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, false, false, false, false));
        fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
    }

    private static void key(Scene scene, KeyCode code) {
        String text = code == KeyCode.ENTER ? "\r" : "";
        fire(scene, new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, text, code, false, false, false, false));
        if (code == KeyCode.ENTER) {
            fire(scene, new KeyEvent(KeyEvent.KEY_TYPED, "\r", "", KeyCode.UNDEFINED, false, false, false, false));
        }
        fire(scene, new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, text, code, false, false, false, false));
    }

    private static void fire(Scene scene, KeyEvent event) {
        Node target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot();
        Event.fireEvent(target, event);
    }
}
