package cn.suanpan.hardware.printer.sim;

import java.io.ByteArrayOutputStream;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.function.IntFunction;

/**
 * The printer's ear for real-time status requests: finds DLE EOT n in the bytes it is sent
 * (split across reads or not) and gives the answers to send back.
 *
 * <p>Like a simple printer it does not follow the command structure, so the same three bytes
 * inside raster data would be answered too; the terminal clears its answer buffer before
 * each request, so such stray answers are never taken for a status.
 */
public final class DleEotResponder {

    private static final int DLE = 0x10;
    private static final int EOT = 0x04;

    private final IntFunction<OptionalInt> answerer;
    private int matched;

    /** @param answerer the answer byte to request n, or none (printer off) */
    public DleEotResponder(IntFunction<OptionalInt> answerer) {
        this.answerer = Objects.requireNonNull(answerer, "answerer");
    }

    /** The answers to the requests completed by these bytes, in order; often empty. */
    public synchronized byte[] scan(byte[] data, int offset, int length) {
        ByteArrayOutputStream out = null;
        for (int i = offset; i < offset + length; i++) {
            int b = data[i] & 0xFF;
            if (matched == 2) {
                matched = 0;
                OptionalInt answer = answerer.apply(b);
                if (answer.isPresent()) {
                    if (out == null) {
                        out = new ByteArrayOutputStream();
                    }
                    out.write(answer.getAsInt());
                }
                continue;
            }
            if (matched == 1 && b == EOT) {
                matched = 2;
            } else {
                matched = b == DLE ? 1 : 0;
            }
        }
        return out == null ? new byte[0] : out.toByteArray();
    }

    /**
     * Whether these bytes are nothing but whole status requests: a poll, which on a stream
     * must not be taken for part of a page.
     */
    public static boolean onlyRequests(byte[] data, int offset, int length) {
        if (length == 0 || length % 3 != 0) {
            return false;
        }
        for (int i = offset; i < offset + length; i += 3) {
            if (data[i] != DLE || data[i + 1] != EOT) {
                return false;
            }
        }
        return true;
    }

    public byte[] scan(byte[] data) {
        return scan(data, 0, data.length);
    }
}
