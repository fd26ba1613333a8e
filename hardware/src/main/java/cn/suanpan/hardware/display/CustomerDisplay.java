package cn.suanpan.hardware.display;

import cn.suanpan.hardware.serial.ConnectionStatus;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A customer-facing pole display of two lines of twenty characters. Calls return at once; the
 * future completes when the display was sent the text, or fails with a device exception.
 */
public interface CustomerDisplay extends AutoCloseable {

    CompletableFuture<Void> show(DisplayLines lines);

    CompletableFuture<Void> clear();

    /** What the display shows (or will show once it is back). */
    DisplayLines current();

    ConnectionStatus status();

    void addStatusListener(Consumer<ConnectionStatus> listener);

    @Override
    void close();
}
