package cn.suanpan.hardware.display;

import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.SerialLink;
import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** A VFD pole display on a serial port. */
public final class SerialCustomerDisplay implements CustomerDisplay {

    private final SerialLink link;
    private final DisplayCommandSet commands;
    /** Held while text is chosen and queued, so a re-send after reconnection cannot overtake newer text. */
    private final Object order = new Object();
    private volatile DisplayLines current = DisplayLines.BLANK;

    /** Takes over the link (not started yet) and starts it. */
    public SerialCustomerDisplay(SerialLink link, DisplayCommandSet commands) {
        this.link = Objects.requireNonNull(link, "link");
        this.commands = Objects.requireNonNull(commands, "commands");
        link.addStatusListener(this::onStatus);
        link.start();
    }

    private void onStatus(ConnectionStatus status) {
        if (status != ConnectionStatus.CONNECTED) {
            return;
        }
        synchronized (order) {
            // a display that was unplugged or switched off lost its text: put it back
            DisplayLines lines = current;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(commands.init());
            out.writeBytes(commands.clear());
            if (!lines.isBlank()) {
                out.writeBytes(commands.show(lines));
            }
            link.write(out.toByteArray());
        }
    }

    @Override
    public CompletableFuture<Void> show(DisplayLines lines) {
        Objects.requireNonNull(lines, "lines");
        synchronized (order) {
            current = lines;
            return link.write(commands.show(lines)).completion();
        }
    }

    @Override
    public CompletableFuture<Void> clear() {
        synchronized (order) {
            current = DisplayLines.BLANK;
            return link.write(commands.clear()).completion();
        }
    }

    @Override
    public DisplayLines current() {
        return current;
    }

    @Override
    public ConnectionStatus status() {
        return link.status();
    }

    @Override
    public void addStatusListener(Consumer<ConnectionStatus> listener) {
        link.addStatusListener(listener);
    }

    @Override
    public void close() {
        link.close();
    }
}
