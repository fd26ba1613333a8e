package cn.suanpan.hardware.sim;

import cn.suanpan.hardware.display.DisplayEmulator;
import cn.suanpan.hardware.display.DisplayLines;
import cn.suanpan.hardware.serial.SerialLink;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The pole display's side of a serial line: shows what it is sent, and keeps the raw bytes. */
public final class DisplayEndpoint implements AutoCloseable {

    private final SerialLink link;
    private final DisplayEmulator emulator = new DisplayEmulator();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final List<Consumer<DisplayLines>> listeners = new CopyOnWriteArrayList<>();
    private DisplayLines last = DisplayLines.BLANK;

    public DisplayEndpoint(SerialLink link) {
        this.link = link;
        link.addDataListener(this::onBytes);
        link.start();
    }

    public void addScreenListener(Consumer<DisplayLines> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public DisplayLines screen() {
        return emulator.screen();
    }

    public synchronized byte[] received() {
        return received.toByteArray();
    }

    private void onBytes(byte[] data) {
        DisplayLines now;
        synchronized (this) {
            received.writeBytes(data);
            emulator.accept(data);
            now = emulator.screen();
            if (now.equals(last)) {
                return;
            }
            last = now;
        }
        listeners.forEach(l -> l.accept(now));
    }

    @Override
    public void close() {
        link.close();
    }
}
