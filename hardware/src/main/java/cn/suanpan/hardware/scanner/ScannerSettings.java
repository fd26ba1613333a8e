package cn.suanpan.hardware.scanner;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * How a serial scanner frames its codes.
 *
 * @param suffix             what ends a code; {@link Suffix#NONE} ends it by a pause of {@code frameTimeout}
 * @param prefix             stripped from the start of a code when present (e.g. a store-configured "#"); empty for none
 * @param stripAimIdentifier strip a leading AIM symbology identifier ("]E0", "]C1", "]Q1" ...) when present
 * @param maxLength          longest code accepted; longer frames are garbage
 * @param frameTimeout       a code's bytes arrive together: a partial code older than this is garbage
 *                           (or, with {@link Suffix#NONE}, complete)
 */
public record ScannerSettings(Suffix suffix, String prefix, boolean stripAimIdentifier, int maxLength, Duration frameTimeout) {

    /** Carriage return, no prefix, up to 256 characters, 500 ms. */
    public static final ScannerSettings DEFAULT = new ScannerSettings(Suffix.CR, "", false, 256, Duration.ofMillis(500));

    public enum Suffix {
        CR("\r"), LF("\n"), CRLF("\r\n"), TAB("\t"), NONE("");

        private final String text;

        Suffix(String text) {
            this.text = text;
        }

        public byte[] bytes() {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
    }

    public ScannerSettings {
        Objects.requireNonNull(suffix, "suffix");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(frameTimeout, "frameTimeout");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive");
        }
        if (frameTimeout.isNegative() || frameTimeout.isZero()) {
            throw new IllegalArgumentException("frameTimeout must be positive");
        }
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(prefix)) {
            throw new IllegalArgumentException("prefix must be ASCII");
        }
    }

    public ScannerSettings withSuffix(Suffix s) {
        return new ScannerSettings(s, prefix, stripAimIdentifier, maxLength, frameTimeout);
    }

    public ScannerSettings withPrefix(String p) {
        return new ScannerSettings(suffix, p, stripAimIdentifier, maxLength, frameTimeout);
    }

    public ScannerSettings withStripAimIdentifier(boolean strip) {
        return new ScannerSettings(suffix, prefix, strip, maxLength, frameTimeout);
    }

    public ScannerSettings withMaxLength(int max) {
        return new ScannerSettings(suffix, prefix, stripAimIdentifier, max, frameTimeout);
    }

    public ScannerSettings withFrameTimeout(Duration timeout) {
        return new ScannerSettings(suffix, prefix, stripAimIdentifier, maxLength, timeout);
    }
}
