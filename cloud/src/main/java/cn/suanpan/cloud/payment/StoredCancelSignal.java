package cn.suanpan.cloud.payment;

import cn.suanpan.cloud.payment.gateway.CancelSignal;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The cashier's cancel as a gateway sees it: raised at once on the node that got the
 * cancel, and otherwise noticed within a second from the stored flag, so a cancel that
 * reached another node still stops the wait.
 */
final class StoredCancelSignal implements CancelSignal {

    private static final long CHECK_MILLIS = 1_000;

    private final CountDownLatch raised = new CountDownLatch(1);
    private final BooleanSupplier stored;

    StoredCancelSignal(BooleanSupplier stored) {
        this.stored = stored;
    }

    void raise() {
        raised.countDown();
    }

    @Override
    public boolean cancelled() {
        if (raised.getCount() == 0) {
            return true;
        }
        if (stored.getAsBoolean()) {
            raise();
            return true;
        }
        return false;
    }

    @Override
    public boolean pause(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        try {
            while (!cancelled()) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                if (raised.await(Math.min(TimeUnit.NANOSECONDS.toMillis(left) + 1, CHECK_MILLIS), TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return true;
        } catch (InterruptedException e) {
            // the node is stopping: treat it as a cancel, the gateway reverses what it can
            Thread.currentThread().interrupt();
            raise();
            return true;
        }
    }
}
