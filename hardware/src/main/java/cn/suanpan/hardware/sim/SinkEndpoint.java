package cn.suanpan.hardware.sim;

import cn.suanpan.hardware.serial.SerialLink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** A device that takes whatever it is sent (a printer stand-in): every byte goes to a stream. */
public final class SinkEndpoint implements AutoCloseable {

    private final SerialLink link;
    private final OutputStream out;

    public SinkEndpoint(SerialLink link, OutputStream out) {
        this.link = link;
        this.out = out;
        link.addDataListener(this::onBytes);
        link.start();
    }

    private synchronized void onBytes(byte[] data) {
        try {
            out.write(data);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
