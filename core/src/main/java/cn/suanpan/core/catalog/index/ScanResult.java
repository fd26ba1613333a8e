package cn.suanpan.core.catalog.index;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.catalog.scale.ScaleLabel;
import cn.suanpan.core.i18n.UserMessage;
import java.util.Optional;

/** What a scanned or keyed-in code turned out to be. */
public sealed interface ScanResult {

    /** The code as looked up (trimmed). */
    String code();

    /**
     * A product, with what its scale label said when the code was one. The product may be
     * inactive ({@link #inactive()}): the sale screen decides whether to sell it.
     */
    record Found(String code, Product product, Optional<ScaleLabel.Reading> label) implements ScanResult {
        public boolean inactive() {
            return !product.active();
        }
    }

    /** Nothing to sell; {@link #message()} tells the cashier why. */
    sealed interface Problem extends ScanResult {
        UserMessage message();
    }

    /** {@code scan.unknownBarcode}. */
    record NotFound(String code) implements Problem {
        @Override
        public UserMessage message() {
            return new UserMessage("scan.unknownBarcode", code);
        }
    }

    /** An EAN-13 whose check digit is wrong: most likely a misread, worth scanning again. */
    record BadCheckDigit(String code) implements Problem {
        @Override
        public UserMessage message() {
            return new UserMessage("scan.badCheckDigit", code);
        }
    }

    /** A scale label that cannot be used (bad check digit, unknown item or prefix, no value). */
    record ScaleLabelError(String code, UserMessage message) implements Problem {
    }
}
