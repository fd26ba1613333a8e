package cn.suanpan.hardware.sim;

import cn.suanpan.hardware.scale.ContinuousAsciiProtocol;
import cn.suanpan.hardware.scale.ScaleModel;
import cn.suanpan.hardware.scale.ScaleProtocol;
import cn.suanpan.hardware.scale.Toledo8213Protocol;
import cn.suanpan.hardware.scale.WeightUnit;
import cn.suanpan.hardware.serial.ConnectionStatus;
import cn.suanpan.hardware.serial.SerialLink;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The scale's side of a serial line: streams continuous ASCII lines, or answers Toledo 8213
 * weight requests, from a {@link ScaleModel}.
 */
public final class ScaleEndpoint implements AutoCloseable {

    private final SerialLink link;
    private final ScaleModel model;
    private final ScaleProtocol.Kind protocol;
    private final WeightUnit unit;
    private final ScheduledExecutorService ticker;
    private final AtomicInteger requests = new AtomicInteger();

    public ScaleEndpoint(SerialLink link, ScaleProtocol.Kind protocol, WeightUnit unit, ScaleModel model, Duration interval) {
        this.link = link;
        this.model = model;
        this.protocol = protocol;
        this.unit = unit;
        if (protocol == ScaleProtocol.Kind.CONTINUOUS_ASCII) {
            ticker = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("scale-sim").factory());
            ticker.scheduleAtFixedRate(this::stream, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            ticker = null;
            link.addDataListener(this::answer);
        }
        link.start();
    }

    public ScaleModel model() {
        return model;
    }

    /** Weight requests received so far (request/response only). */
    public int requests() {
        return requests.get();
    }

    private void stream() {
        if (link.status() == ConnectionStatus.CONNECTED) {
            link.write(ContinuousAsciiProtocol.encodeBytes(model.nextFrame()));
        }
    }

    private void answer(byte[] data) {
        for (byte b : data) {
            if (b == 'W') {
                requests.incrementAndGet();
                link.write(Toledo8213Protocol.encode(model.nextFrame(), unit));
            } else if (b == 'Z') {
                model.place(0);
                link.write(Toledo8213Protocol.encode(model.nextFrame(), unit));
            }
        }
    }

    public ScaleProtocol.Kind protocol() {
        return protocol;
    }

    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        link.close();
    }
}
