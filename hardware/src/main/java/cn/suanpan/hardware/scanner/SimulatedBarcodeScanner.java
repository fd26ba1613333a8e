package cn.suanpan.hardware.scanner;

import cn.suanpan.hardware.serial.ConnectionStatus;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** In-process scanner for the simulated-devices mode: {@link #scan(String)} acts as a trigger pull. */
public final class SimulatedBarcodeScanner implements BarcodeScanner {

    private final List<Consumer<String>> scanListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<ConnectionStatus>> statusListeners = new CopyOnWriteArrayList<>();
    private volatile ConnectionStatus status = ConnectionStatus.CONNECTED;

    /** Delivers a code as if scanned; ignored while unplugged, like a real scanner. */
    public void scan(String code) {
        Objects.requireNonNull(code, "code");
        if (status != ConnectionStatus.CONNECTED || code.isEmpty()) {
            return;
        }
        for (Consumer<String> l : scanListeners) {
            l.accept(code);
        }
    }

    /** Simulates pulling the cable out ({@code false}) or plugging it back in. */
    public void setPluggedIn(boolean pluggedIn) {
        ConnectionStatus next = pluggedIn ? ConnectionStatus.CONNECTED : ConnectionStatus.DISCONNECTED;
        if (status != next) {
            status = next;
            statusListeners.forEach(l -> l.accept(next));
        }
    }

    @Override
    public void addScanListener(Consumer<String> listener) {
        scanListeners.add(Objects.requireNonNull(listener));
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
        setPluggedIn(false);
    }
}
