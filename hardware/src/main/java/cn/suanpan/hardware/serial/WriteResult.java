package cn.suanpan.hardware.serial;

import cn.suanpan.hardware.i18n.HardwareMessage;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What became of a write, known at once: queued (then {@link #completion()} completes when the
 * bytes were handed to the port, or fails), or refused with the reason.
 */
public record WriteResult(Status status, CompletableFuture<Void> completion) {

    public enum Status {
        /** Waiting for, or already handed to, the port. */
        QUEUED,
        /** The device is not taking data and the write queue is full. */
        QUEUE_FULL,
        /** The port is not open right now. */
        NOT_CONNECTED,
        /** The link was closed. */
        CLOSED
    }

    public WriteResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(completion, "completion");
    }

    public boolean accepted() {
        return status == Status.QUEUED;
    }

    static WriteResult refused(Status status, String path) {
        String key = switch (status) {
            case QUEUE_FULL -> "device.error.queueFull";
            case NOT_CONNECTED -> "device.error.notConnected";
            case CLOSED -> "device.error.closed";
            case QUEUED -> throw new IllegalArgumentException("not a refusal");
        };
        return new WriteResult(status, CompletableFuture.failedFuture(new DeviceException(new HardwareMessage(key, path))));
    }
}
