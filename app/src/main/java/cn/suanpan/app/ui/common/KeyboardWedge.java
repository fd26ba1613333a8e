package cn.suanpan.app.ui.common;

import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
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
    private volatile Timing timing;

    private final StringBuilder burst = new StringBuilder();
    private long lastKeyNanos;
    private TextInputControl field;
    private String textBefore;
    private int caretBefore;

    public KeyboardWedge(Timing timing, Consumer<String> target) {
        this(timing, target, System::nanoTime);
    }

    KeyboardWedge(Timing timing, Consumer<String> target, LongSupplier nanoTime) {
        this.timing = timing;
        this.target = target;
        this.nanoTime = nanoTime;
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
    }

    /**
     * The gap is measured from the release of the previous key, which the toolkit delivers
     * after the typed character has been handled: the time the screen took to handle a
     * character (a search as you type, say) is not the scanner's, and must not split a burst.
     */
    private void released() {
        if (!burst.isEmpty()) {
            lastKeyNanos = nanoTime.getAsLong();
        }
    }

    private void typed(KeyEvent e, Scene scene) {
        String ch = e.getCharacter();
        if (ch.isEmpty() || ch.charAt(0) < 0x20 || ch.charAt(0) == 0x7F || e.isControlDown() || e.isAltDown() || e.isMetaDown()) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (burst.isEmpty() || now - lastKeyNanos > maxGapNanos()) {
            burst.setLength(0);
            remember(scene.getFocusOwner());
        }
        burst.append(ch);
        lastKeyNanos = now;
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() != KeyCode.ENTER) {
            return;
        }
        long now = nanoTime.getAsLong();
        boolean scan = burst.length() >= timing.minLength() && now - lastKeyNanos <= maxGapNanos();
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
