package cn.suanpan.hardware.codes;

import com.google.zxing.BarcodeFormat;

/**
 * The symbologies the terminal reads: QR codes (payment codes, mini-program links) and the
 * barcodes on goods and receipts. Reading is restricted to these so that noise in a photo is
 * not taken for one of the dozen other formats zxing knows.
 */
public enum CodeFormat {
    QR_CODE(BarcodeFormat.QR_CODE),
    CODE_128(BarcodeFormat.CODE_128),
    EAN_13(BarcodeFormat.EAN_13),
    EAN_8(BarcodeFormat.EAN_8),
    UPC_A(BarcodeFormat.UPC_A);

    private final BarcodeFormat zxing;

    CodeFormat(BarcodeFormat zxing) {
        this.zxing = zxing;
    }

    BarcodeFormat zxing() {
        return zxing;
    }

    static CodeFormat of(BarcodeFormat format) {
        for (CodeFormat f : values()) {
            if (f.zxing == format) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a format the terminal reads: " + format);
    }
}
