package cn.suanpan.hardware.drawer;

import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.SerialLink;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A drawer with its own serial trigger: the kick bytes go straight over its port. Such drawers
 * have no way to report their state, so {@link #state()} is empty.
 */
public final class SerialCashDrawer implements CashDrawer, AutoCloseable {

    private final SerialLink link;
    private final byte[] kick;

    /** Takes over the link (not started yet) and starts it. */
    public SerialCashDrawer(SerialLink link, byte[] kick) {
        this.link = Objects.requireNonNull(link, "link");
        this.kick = kick.clone();
        if (this.kick.length == 0) {
            throw new IllegalArgumentException("empty kick command");
        }
        link.start();
    }

    public SerialCashDrawer(SerialLink link) {
        this(link, DrawerKick.PIN2);
    }

    @Override
    public CompletableFuture<Void> open() {
        return link.write(kick).completion();
    }

    @Override
    public Optional<DrawerState> state() {
        return Optional.empty();
    }

    public ConnectionStatus status() {
        return link.status();
    }

    public void addStatusListener(Consumer<ConnectionStatus> listener) {
        link.addStatusListener(listener);
    }

    @Override
    public void close() {
        link.close();
    }
}
