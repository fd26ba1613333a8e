package cn.suanpan.hardware.printer.escpos;

import cn.suanpan.hardware.i18n.HardwareMessage;
import cn.suanpan.hardware.printer.layout.Replacement;
import java.util.Arrays;
import java.util.List;

/**
 * The bytes of one receipt for one printer, and what could not be printed as asked:
 * replaced characters, a barcode too wide for the roll, a QR code the printer cannot draw.
 */
public record EncodedReceipt(byte[] bytes, List<Replacement> replacements, List<HardwareMessage> warnings) {

    public EncodedReceipt {
        bytes = bytes.clone();
        replacements = List.copyOf(replacements);
        warnings = List.copyOf(warnings);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedReceipt other && Arrays.equals(bytes, other.bytes)
                && replacements.equals(other.replacements) && warnings.equals(other.warnings);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes) * 31 + replacements.hashCode() * 17 + warnings.hashCode();
    }

    @Override
    public String toString() {
        return "EncodedReceipt[" + bytes.length + " bytes, " + replacements.size() + " replaced, " + warnings + "]";
    }
}
