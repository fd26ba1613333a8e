package cn.suanpan.hardware.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for a condition, generously: a busy two-core machine must not make tests flaky. */
public final class Await {

    public static final Duration LONG = Duration.ofSeconds(10);

    private Await() {}

    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not reached within " + timeout.toSeconds() + " s: " + description.get());
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public static void until(BooleanSupplier condition, String description) {
        until(LONG, condition, () -> description);
    }
}
