package cn.suanpan.app.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tells a keyboard-wedge scanner from a person typing, wherever the focus is. A scanner
 * "types" a whole code in a few milliseconds and ends it with Enter; a person leaves far
 * longer gaps between keys. A burst of at least {@link Timing#minLength()} characters,
 * no gap longer than {@link Timing#maxGapMillis()}, ending in Enter within that gap too,
 * is a scan: the Enter is swallowed, whatever the burst typed into the focused text field
 * is taken back out, and the code goes to the scan target.
 *
 * <p>The characters are let through as they come rather than held back until the burst
 * is judged: holding them would delay every key a person types by the gap threshold.
 *
 * <p>The gap is what the scanner left, not how late the JavaFX thread got round to the next
 * key: the toolkit gives key events no time of their own, so a key that waited in the queue
 * behind a slow frame, a collection or a thread the system ran instead looks as late as a
 * person's. Two things keep such waits out of the gap: the time spent in layout pulses is
 * not counted, and while the thread has not once been free since the last key (a probe
 * posted behind that key has not run yet) the next key is taken as having waited, not as
 * typed late. A person's keys come to a thread that was idle meanwhile, and are timed as before.
 */
public final class KeyboardWedge {

    /**
     * @param maxGapMillis longest pause between two keys of one scan (scanners: 1–20 ms;
     *                     fast typists rarely stay under 60 ms for a whole code)
     * @param minLength    shortest code taken as a scan (EAN-8 is 8; 4 lets short in-store codes through)
     */
    public record Timing(long maxGapMillis, int minLength) {
        public static final Timing DEFAULT = new Timing(50, 4);

        public Timing {
            if (maxGapMillis < 1 || minLength < 1) {
                throw new IllegalArgumentException("bad scanner timing " + maxGapMillis + "/" + minLength);
            }
        }
    }

    private final LongSupplier nanoTime;
    private final Consumer<String> target;
    /** Runs a probe once the thread is free (Platform.runLater). */
    private final Executor whenFree;
    private volatile Timing timing;

    private final StringBuilder burst = new StringBuilder();
    private long lastKeyNanos;
    /** Counts the keys: a probe knows whether another key came before it ran. */
    private long keyNo;
    /** Whether the thread has been free since the last key of the burst (its probe ran). */
    private boolean freeSinceKey;
    /** Time spent in layout pulses since the last key, and when the current one began (0: none). */
    private long pulseNanos;
    private long pulseStart;
    private TextInputControl field;
    private String textBefore;
    private int caretBefore;

    public KeyboardWedge(Timing timing, Consumer<String> target) {
        this(timing, target, System::nanoTime, Platform::runLater);
    }

    /**
     * @param whenFree runs a task once the key-handling thread is free again, queued behind
     *                 the events already waiting (the toolkit's run-later queue)
     */
    KeyboardWedge(Timing timing, Consumer<String> target, LongSupplier nanoTime, Executor whenFree) {
        this.timing = timing;
        this.target = target;
        this.nanoTime = nanoTime;
        this.whenFree = whenFree;
    }

    public void setTiming(Timing newTiming) {
        timing = newTiming;
    }

    public Timing timing() {
        return timing;
    }

    /** Filters (not handlers): they see every key before the focused control does. */
    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> typed(e, scene));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::pressed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, e -> released());
        scene.addPreLayoutPulseListener(this::pulseStarted);
        scene.addPostLayoutPulseListener(this::pulseEnded);
    }

    /** A layout pulse begins: a key that comes meanwhile waits for it. */
    void pulseStarted() {
        if (!burst.isEmpty()) {
            pulseStart = nanoTime.getAsLong();
        }
    }

    void pulseEnded() {
        if (pulseStart != 0) {
            pulseNanos += nanoTime.getAsLong() - pulseStart;
            pulseStart = 0;
        }
    }

    /**
     * The gap is measured from the release of the previous key, which the toolkit delivers
     * after the typed character has been handled: the time the screen took to handle a
     * character (a search as you type, say) is not the scanner's, and must not split a burst.
     */
    private void released() {
        if (!burst.isEmpty()) {
            keyHandled();
        }
    }

    /** A key of the burst was handled: the gap to the next one starts now. */
    private void keyHandled() {
        lastKeyNanos = nanoTime.getAsLong();
        pulseNanos = 0;
        freeSinceKey = false;
        long no = ++keyNo;
        whenFree.execute(() -> {
            if (keyNo == no) {
                freeSinceKey = true;
            }
        });
    }

    /**
     * The scanner's gap before the key handled now, as far as this thread can tell: none
     * while the thread has not been free since the last key, else the time since it less the
     * layout pulses run meanwhile.
     */
    private long gapNanos(long now) {
        if (!freeSinceKey) {
            return 0;
        }
        return now - lastKeyNanos - pulseNanos;
    }

    private void typed(KeyEvent e, Scene scene) {
        String ch = e.getCharacter();
        if (ch.isEmpty() || ch.charAt(0) < 0x20 || ch.charAt(0) == 0x7F || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (burst.isEmpty() || gapNanos(now) > maxGapNanos()) {
            burst.setLength(0);
            remember(scene.getFocusOwner());
        }
        burst.append(ch);
        keyHandled();
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        long now = nanoTime.getAsLong();
        boolean scan = burst.length() >= timing.minLength() && gapNanos(now) <= maxGapNanos();
        String code = burst.toString();
        burst.setLength(0);
        if (!scan) {
            return;
        }
        e.consume();
        if (field != null && field.getText() != null && !field.getText().equals(textBefore)) {
            field.setText(textBefore);
            field.positionCaret(Math.min(caretBefore, textBefore.length()));
        }
        field = null;
        target.accept(code);
    }

    private void remember(Node focused) {
        if (focused instanceof TextInputControl text && text.isEditable()) {
            field = text;
            textBefore = text.getText() == null ? "" : text.getText();
            caretBefore = text.getCaretPosition();
        } else {
            field = null;
        }
    }

    private long maxGapNanos() {
        return TimeUnit.MILLISECONDS.toNanos(timing.maxGapMillis());
    }
}
