package cn.suanpan.hardware.display;

import cn.suanpan.hardware.serial.ConnectionStatus;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-process display for the simulated-devices mode; a window can mirror it through {@link #addScreenListener}. */
public final class SimulatedCustomerDisplay implements CustomerDisplay {

    private final List<Consumer<DisplayLines>> screenListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private volatile DisplayLines current = DisplayLines.BLANK;
    private volatile ConnectionStatus status = ConnectionStatus.CONNECTED;

    public void addScreenListener(Consumer<DisplayLines> listener) {
        screenListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public CompletableFuture<Void> show(DisplayLines lines) {
        current = Objects.requireNonNull(lines, "lines");
        screenListeners.forEach(l -> l.accept(lines));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> clear() {
        return show(DisplayLines.BLANK);
    }

    @Override
    public DisplayLines current() {
        return current;
    }

    @Override
    public ConnectionStatus status() {
        return status;
    }

    @Override
    public void addStatusListener(Consumer<ConnectionStatus> listener) {
        statusListeners.add(Objects.requireNonNull(listener));
    }

    @Override
    public void close() {
        if (status != ConnectionStatus.DISCONNECTED) {
            status = ConnectionStatus.DISCONNECTED;
            statusListeners.forEach(l -> l.accept(ConnectionStatus.DISCONNECTED));
        }
    }
}
