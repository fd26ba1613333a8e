package cn.suanpan.hardware.printer.layout;

import cn.suanpan.hardware.printer.RasterImage;
import java.util.Objects;

/**
 * One piece of a laid-out receipt, in paper order. Text blocks are single lines that
 * already fit the paper at their size; the encoder turns each block into ESC/POS commands.
 */
public sealed interface PrintBlock {

    /** One printed line. {@code reverse} prints white on black. */
    record Text(String text, Align align, TextSize size, boolean bold, boolean reverse) implements PrintBlock {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
            Objects.requireNonNull(size, "size");
            if (text.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("a text block is one line: " + text);
            }
        }

        public static Text left(String text) {
            return new Text(text, Align.LEFT, TextSize.NORMAL, false, false);
        }

        public static Text centered(String text) {
            return new Text(text, Align.CENTER, TextSize.NORMAL, false, false);
        }
    }

    /** A CODE128 symbol of printable ASCII content, with its text printed below. */
    record Barcode(String content, Align align) implements PrintBlock {
        public Barcode {
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(align, "align");
        }
    }

    /** A QR code of the UTF-8 bytes of {@code payload}. */
    record Qr(String payload, Align align) implements PrintBlock {
        public Qr {
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(align, "align");
        }
    }

    /** A black-and-white picture such as the shop's logo. */
    record Image(RasterImage image, Align align) implements PrintBlock {
        public Image {
            Objects.requireNonNull(image, "image");
            Objects.requireNonNull(align, "align");
        }
    }

    /** Blank paper, in lines. */
    record Feed(int lines) implements PrintBlock {
        public Feed {
            if (lines < 1 || lines > 255) {
                throw new IllegalArgumentException("feed 1..255 lines: " + lines);
            }
        }
    }

    /** End of the receipt: feed to the cutter and cut as the printer profile says. */
    record Cut() implements PrintBlock {
    }
}
