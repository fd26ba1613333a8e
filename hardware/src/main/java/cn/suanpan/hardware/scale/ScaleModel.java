package cn.suanpan.hardware.scale;

/**
 * A make-believe weighing platform for simulators: goods put on it wobble for a few readings,
 * then settle. Each call of {@link #nextFrame()} is one reading.
 */
public final class ScaleModel {

    private final int settleReadings;
    private long grams;
    private int wobbleLeft;
    private boolean overload;

    /** @param settleReadings readings that show motion after the load changes */
    public ScaleModel(int settleReadings) {
        this.settleReadings = settleReadings;
    }

    public synchronized void place(long newGrams) {
        if (newGrams != grams) {
            grams = newGrams;
            wobbleLeft = settleReadings;
        }
        overload = false;
    }

    public synchronized void setOverload(boolean on) {
        overload = on;
    }

    public synchronized long grams() {
        return grams;
    }

    public synchronized ScaleFrame nextFrame() {
        if (overload) {
            return new ScaleFrame.Overload();
        }
        if (wobbleLeft > 0) {
            // a settling load swings around its final value
            long swing = (wobbleLeft % 2 == 0 ? 1 : -1) * 3L * wobbleLeft;
            wobbleLeft--;
            return new ScaleFrame.Weight(grams + swing, false);
        }
        return new ScaleFrame.Weight(grams, true);
    }
}
