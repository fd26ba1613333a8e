package cn.suanpan.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The gap between two keys of a burst is the scanner's, not the time the window's thread
 * spent elsewhere: a key that waited behind a slow frame or a busy thread stays in its burst,
 * while a pause on an idle thread still ends it. The clock and the thread's free moments are
 * the test's: nothing here depends on how fast the machine is.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardWedgeGapTest {

    static final String CODE = "6962747504682";

    private long now = 1_000_000_000L;
    /** Tasks the wedge asked to run once the thread is free; run when the test says it is. */
    private final List<Runnable> whenFree = new ArrayList<>();
    private final List<String> scans = new ArrayList<>();
    private KeyboardWedge wedge;
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new TextField()), 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @BeforeEach
    void wedge(FxRobot robot) {
        robot.interact(() -> {
            wedge = new KeyboardWedge(KeyboardWedge.Timing.DEFAULT, scans::add, () -> now, whenFree::add);
            wedge.install(scene);
        });
    }

    @Test
    void aKeyThatWaitedWhileTheThreadWasBusyStaysInTheBurst(FxRobot robot) {
        robot.interact(() -> {
            type("696", 2);
            // the thread never got free: the next keys were queued behind whatever it did
            now += 300_000_000L;
            type(CODE.substring(3), 2);
            enter();
        });
        assertThat(scans).containsExactly(CODE);
    }

    @Test
    void aSlowLayoutPulseBetweenTwoKeysIsNotPartOfTheGap(FxRobot robot) {
        robot.interact(() -> {
            type("696", 2);
            free();
            wedge.pulseStarted();
            now += 120_000_000L;
            wedge.pulseEnded();
            now += 3_000_000L;
            type(CODE.substring(3), 2);
            enter();
        });
        assertThat(scans).containsExactly(CODE);
    }

    @Test
    void aPauseWhileTheThreadWasIdleStillEndsTheBurst(FxRobot robot) {
        robot.interact(() -> {
            type("696", 2);
            free();
            now += 120_000_000L;
            type(CODE.substring(3), 2);
            enter();
        });
        assertThat(scans).containsExactly(CODE.substring(3));
    }

    @Test
    void enterLongAfterTheLastKeyOnAnIdleThreadIsNoScan(FxRobot robot) {
        robot.interact(() -> {
            type(CODE, 2);
            free();
            now += 400_000_000L;
            enter();
        });
        assertThat(scans).isEmpty();
    }

    /** The thread has nothing else to do: the probes queued behind the keys run. */
    private void free() {
        List<Runnable> due = List.copyOf(whenFree);
        whenFree.clear();
        due.forEach(Runnable::run);
    }

    private void type(String text, long millisApart) {
        for (char c : text.toCharArray()) {
            now += millisApart * 1_000_000L;
            String s = String.valueOf(c);
            KeyCode code = KeyCode.getKeyCode(s);
            fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
            fire(new KeyEvent(KeyEvent.KEY_TYPED, s, "", KeyCode.UNDEFINED, false, false, false, false));
            fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, s, code, false, false, false, false));
        }
    }

    private void enter() {
        now += 2_000_000L;
        fire(new KeyEvent(KeyEvent.KEY_PRESSED, KeyEvent.CHAR_UNDEFINED, "\r", KeyCode.ENTER, false, false, false, false));
        fire(new KeyEvent(KeyEvent.KEY_RELEASED, KeyEvent.CHAR_UNDEFINED, "\r", KeyCode.ENTER, false, false, false, false));
    }

    private void fire(KeyEvent e) {
        Event.fireEvent(scene.getFocusOwner() != null ? scene.getFocusOwner() : scene.getRoot(), e);
    }
}
