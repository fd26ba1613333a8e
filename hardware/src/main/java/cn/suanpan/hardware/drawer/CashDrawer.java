package cn.suanpan.hardware.drawer;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A cash drawer, whether it hangs on its own serial port or on a receipt printer's kick
 * connector. {@link #open()} returns at once; the future completes when the kick was sent, or
 * fails with a device exception.
 */
public interface CashDrawer {

    CompletableFuture<Void> open();

    /** The drawer's state when it can tell (a sensor wired back), empty when it cannot. */
    Optional<DrawerState> state();
}
