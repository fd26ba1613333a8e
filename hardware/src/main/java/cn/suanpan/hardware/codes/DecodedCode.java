package cn.suanpan.hardware.codes;

import java.util.Objects;

/** A code found in a picture: its symbology and its text. */
public record DecodedCode(CodeFormat format, String text) {

    public DecodedCode {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
    }
}
