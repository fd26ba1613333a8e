package cn.suanpan.hardware.drawer;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-process drawer for the simulated-devices mode: opens on a kick, closes when the cashier pushes it in. */
public final class SimulatedCashDrawer implements CashDrawer {

    private final List<Consumer<DrawerState>> listeners = new CopyOnWriteArrayList<>();
    private volatile DrawerState state = DrawerState.CLOSED;
    private volatile int kicks;

    @Override
    public CompletableFuture<Void> open() {
        kicks++;
        set(DrawerState.OPEN);
        return CompletableFuture.completedFuture(null);
    }

    /** The cashier pushes the drawer shut. */
    public void pushClosed() {
        set(DrawerState.CLOSED);
    }

    @Override
    public Optional<DrawerState> state() {
        return Optional.of(state);
    }

    /** How many times the drawer was kicked. */
    public int kicks() {
        return kicks;
    }

    public void addStateListener(Consumer<DrawerState> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private void set(DrawerState next) {
        if (state != next) {
            state = next;
            listeners.forEach(l -> l.accept(next));
        }
    }
}
