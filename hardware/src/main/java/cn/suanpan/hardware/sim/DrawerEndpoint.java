package cn.suanpan.hardware.sim;

import cn.suanpan.hardware.drawer.KickDetector;
import cn.suanpan.hardware.serial.SerialLink;
import java.io.ByteArrayOutputStream;
import java.util.function.IntConsumer;

/** The drawer trigger's side of a serial line: counts kicks. */
public final class DrawerEndpoint implements AutoCloseable {

    private final SerialLink link;
    private final KickDetector detector = new KickDetector();
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final IntConsumer onKick;

    public DrawerEndpoint(SerialLink link, IntConsumer onKick) {
        this.link = link;
        this.onKick = onKick;
        link.addDataListener(this::onBytes);
        link.start();
    }

    public int kicks() {
        return detector.kicks();
    }

    public synchronized byte[] received() {
        return received.toByteArray();
    }

    private void onBytes(byte[] data) {
        synchronized (this) {
            received.writeBytes(data);
        }
        if (detector.accept(data) > 0) {
            onKick.accept(detector.kicks());
        }
    }

    @Override
    public void close() {
        link.close();
    }
}
