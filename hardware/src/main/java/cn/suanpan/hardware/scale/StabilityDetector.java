package cn.suanpan.hardware.scale;

import java.time.Duration;
import java.util.ArrayDeque;

/**
 * A weight is stable when the scale says so and the last {@code requiredReadings} readings
 * within {@code window} are all equal. The scale's own flag alone flickers on some models while
 * goods settle; repeated equal readings also judge protocols that have no flag.
 */
public final class StabilityDetector {

    private final int requiredReadings;
    private final long windowNanos;
    /** Times of the current run of equal, flagged-stable readings. */
    private final ArrayDeque<Long> run = new ArrayDeque<>();
    private long runGrams;

    public StabilityDetector(int requiredReadings, Duration window) {
        if (requiredReadings < 1) {
            throw new IllegalArgumentException("at least one reading is needed");
        }
        this.requiredReadings = requiredReadings;
        this.windowNanos = window.toNanos();
    }

    /** Feeds a reading taken at {@code nowNanos}; returns whether the weight is now stable. */
    public synchronized boolean accept(long grams, boolean stableFlag, long nowNanos) {
        if (!stableFlag) {
            run.clear();
            return false;
        }
        if (run.isEmpty() || grams != runGrams) {
            run.clear();
            runGrams = grams;
        }
        run.addLast(nowNanos);
        while (run.size() > requiredReadings || nowNanos - run.peekFirst() > windowNanos) {
            run.removeFirst();
        }
        return run.size() >= requiredReadings;
    }

    /** The scale reported motion, overload or an error: start over. */
    public synchronized void reset() {
        run.clear();
    }
}
