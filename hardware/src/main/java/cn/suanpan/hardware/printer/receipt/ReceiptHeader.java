package cn.suanpan.hardware.printer.receipt;

import cn.suanpan.hardware.printer.RasterImage;
import java.util.Objects;
import java.util.Optional;

/**
 * The shop's name block at the top of a receipt. Address and phone may be empty strings
 * when the shop does not print them.
 */
public record ReceiptHeader(String storeName, String address, String phone, Optional<RasterImage> logo) {

    public ReceiptHeader {
        Objects.requireNonNull(storeName, "storeName");
        address = address == null ? "" : address;
        phone = phone == null ? "" : phone;
        Objects.requireNonNull(logo, "logo");
    }

    public ReceiptHeader(String storeName, String address, String phone) {
        this(storeName, address, phone, Optional.empty());
    }
}
