package cn.suanpan.hardware.sim;

import cn.suanpan.hardware.printer.sim.DleEotResponder;
import cn.suanpan.hardware.serial.SerialLink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * A printer stand-in: every byte it is sent goes to a stream, and real-time status requests
 * (DLE EOT n) are answered when it is given an answerer (from a state file, say).
 *
 * <p>It may also print slowly: at {@code bytesPerSecond} it holds its reader back as long as
 * printing those bytes would take, so the line fills up and the sender has to wait, as with a
 * real printer whose buffer is full.
 */
public final class SinkEndpoint implements AutoCloseable {

    private final SerialLink link;
    private final OutputStream out;
    private final DleEotResponder responder;
    private final int bytesPerSecond;

    /** Takes everything, answers nothing. */
    public SinkEndpoint(SerialLink link, OutputStream out) {
        this(link, out, null, 0);
    }

    /**
     * @param answerer       the answer to DLE EOT n, none when the printer is off; null answers nothing
     * @param bytesPerSecond printing speed, 0 for as fast as it comes
     */
    public SinkEndpoint(SerialLink link, OutputStream out, IntFunction<OptionalInt> answerer, int bytesPerSecond) {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("negative speed");
        }
        this.link = link;
        this.out = out;
        this.responder = answerer == null ? null : new DleEotResponder(answerer);
        this.bytesPerSecond = bytesPerSecond;
        link.addDataListener(this::onBytes);
        link.start();
    }

    private void onBytes(byte[] data) {
        if (responder != null) {
            byte[] answers = responder.scan(data);
            if (answers.length > 0) {
                link.write(answers);
            }
        }
        synchronized (this) {
            try {
                out.write(data);
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (bytesPerSecond > 0) {
            try {
                Thread.sleep(data.length * 1000L / bytesPerSecond);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
