package cn.suanpan.core.catalog.index;

import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.catalog.scale.ScaleLabel;
import cn.suanpan.core.catalog.scale.ScaleLabelDecoder;
import cn.suanpan.core.i18n.UserMessage;
import java.util.Optional;

/**
 * Turns what the scanner (or the cashier's keyboard) sent into something to sell, in this
 * order: a barcode of the catalog; an in-store scale label; a SKU; else a message. The
 * catalog comes first so that a shop's own in-store codes (prefix 20 to 29) printed on
 * packaged goods are never mistaken for scale labels.
 */
public final class Lookup {

    private final CatalogIndex index;
    private final ScaleLabelDecoder scaleLabels;

    public Lookup(CatalogIndex index, ScaleLabelDecoder scaleLabels) {
        this.index = index;
        this.scaleLabels = scaleLabels;
    }

    public ScanResult scan(String scanned) {
        String code = clean(scanned);
        if (code.isEmpty()) {
            return new ScanResult.NotFound(code);
        }
        Optional<Product> byBarcode = index.byBarcode(code);
        if (byBarcode.isPresent()) {
            return new ScanResult.Found(code, byBarcode.get(), Optional.empty());
        }
        Optional<ScaleLabel> label = scaleLabels.decode(code);
        if (label.isPresent()) {
            return switch (label.get()) {
                case ScaleLabel.Invalid invalid -> new ScanResult.ScaleLabelError(code, invalid.message());
                case ScaleLabel.Reading reading -> index.byScaleCode(reading.itemCode())
                        .<ScanResult>map(p -> new ScanResult.Found(code, p, Optional.of(reading)))
                        .orElseGet(() -> new ScanResult.ScaleLabelError(code,
                                new UserMessage("scale.unknownItem", code, reading.itemCode())));
            };
        }
        Optional<Product> bySku = index.bySku(code);
        if (bySku.isPresent()) {
            return new ScanResult.Found(code, bySku.get(), Optional.empty());
        }
        if (code.length() == 13 && isDigits(code) && !Ean13.isValidGtin(code)) {
            return new ScanResult.BadCheckDigit(code);
        }
        return new ScanResult.NotFound(code);
    }

    /** Scanners in keyboard mode add a carriage return, sometimes a tab or a prefix space. */
    private static String clean(String scanned) {
        if (scanned == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(scanned.length());
        for (int i = 0; i < scanned.length(); i++) {
            char c = scanned.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
