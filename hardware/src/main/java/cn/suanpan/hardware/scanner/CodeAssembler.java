package cn.suanpan.hardware.scanner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Turns the bytes of a serial scanner into codes. Pure: time is passed in, so tests need no clock.
 *
 * <p>A frame is the bytes up to the suffix. It becomes a code when, after stripping the prefix
 * and AIM identifier, it is non-empty printable ASCII. Everything else is garbage and reported as
 * {@link Discarded}, never as a code: non-printable bytes (line noise, a scanner set to another
 * protocol), frames longer than the maximum (the rest up to the next suffix is skipped as well),
 * and partial frames whose last byte is older than the frame timeout (a code cut by a replug).
 * Line-ending bytes between frames are skipped, so a scanner sending CRLF still works when set
 * to CR or LF.
 */
public final class CodeAssembler {

    public sealed interface Result {}

    public record Code(String text) implements Result {}

    public record Discarded(Reason reason, String bytesHex) implements Result {}

    public enum Reason { NON_PRINTABLE, TOO_LONG, STALE_PARTIAL }

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ");

    private final ScannerSettings settings;
    private final byte[] terminator;
    private final byte[] prefix;
    private final long timeoutNanos;
    private final byte[] buffer;
    private int length;
    /** Skipping the rest of an over-long frame. */
    private boolean skipping;
    /** Terminator bytes matched while skipping. */
    private int skipMatched;
    private long lastByteAt;

    public CodeAssembler(ScannerSettings settings) {
        this.settings = settings;
        this.terminator = settings.suffix().bytes();
        this.prefix = settings.prefix().getBytes(StandardCharsets.US_ASCII);
        this.timeoutNanos = settings.frameTimeout().toNanos();
        this.buffer = new byte[settings.maxLength() + terminator.length + prefix.length + 3];
    }

    /** Bytes as they came from the port at time {@code nowNanos} (any monotonic clock). */
    public synchronized List<Result> accept(byte[] data, long nowNanos) {
        List<Result> out = new ArrayList<>(1);
        if (data.length == 0) {
            return out;
        }
        if ((length > 0 || skipping) && nowNanos - lastByteAt >= timeoutNanos) {
            endBySilence(out);
        }
        for (byte b : data) {
            accept(b, out);
        }
        lastByteAt = nowNanos;
        return out;
    }

    /** Call when no byte came for a while: completes or discards a frame left hanging. */
    public synchronized List<Result> expire(long nowNanos) {
        List<Result> out = new ArrayList<>(1);
        if ((length > 0 || skipping) && nowNanos - lastByteAt >= timeoutNanos) {
            endBySilence(out);
        }
        return out;
    }

    /** True while part of a frame is waiting for more bytes. */
    public synchronized boolean hasPartial() {
        return length > 0 || skipping;
    }

    private void endBySilence(List<Result> out) {
        if (!skipping && length > 0) {
            if (terminator.length == 0) {
                finish(length, out);
            } else {
                out.add(new Discarded(Reason.STALE_PARTIAL, hex(buffer, length)));
            }
        }
        reset();
    }

    private void accept(byte b, List<Result> out) {
        if (skipping) {
            skip(b);
            return;
        }
        if (length == 0 && (b == '\r' || b == '\n') && (terminator.length == 0 || b != terminator[0])) {
            return;
        }
        if (length == buffer.length) {
            out.add(new Discarded(Reason.TOO_LONG, hex(buffer, Math.min(length, 32)) + " ..."));
            reset();
            skipping = true;
            skip(b);
            return;
        }
        buffer[length++] = b;
        if (terminator.length > 0 && endsWithTerminator()) {
            finish(length - terminator.length, out);
            reset();
        }
    }

    private void skip(byte b) {
        if (terminator.length == 0) {
            return; // only silence ends an over-long frame without suffix
        }
        if (b == terminator[skipMatched]) {
            skipMatched++;
            if (skipMatched == terminator.length) {
                reset();
            }
        } else {
            skipMatched = b == terminator[0] ? 1 : 0;
        }
    }

    private boolean endsWithTerminator() {
        if (length < terminator.length) {
            return false;
        }
        return Arrays.equals(buffer, length - terminator.length, length, terminator, 0, terminator.length);
    }

    private void finish(int contentLength, List<Result> out) {
        int start = 0;
        if (prefix.length > 0 && contentLength >= prefix.length
                && Arrays.equals(buffer, 0, prefix.length, prefix, 0, prefix.length)) {
            start = prefix.length;
        }
        if (settings.stripAimIdentifier() && contentLength - start >= 3 && buffer[start] == ']') {
            start += 3;
        }
        int codeLength = contentLength - start;
        for (int i = start; i < contentLength; i++) {
            if (buffer[i] < 0x20 || buffer[i] > 0x7E) {
                out.add(new Discarded(Reason.NON_PRINTABLE, hex(buffer, contentLength)));
                return;
            }
        }
        if (codeLength > settings.maxLength()) {
            out.add(new Discarded(Reason.TOO_LONG, hex(buffer, Math.min(contentLength, 32)) + " ..."));
            return;
        }
        if (codeLength > 0) {
            out.add(new Code(new String(buffer, start, codeLength, StandardCharsets.US_ASCII)));
        }
    }

    private void reset() {
        length = 0;
        skipping = false;
        skipMatched = 0;
    }

    private static String hex(byte[] bytes, int n) {
        return HEX.formatHex(bytes, 0, n);
    }
}
