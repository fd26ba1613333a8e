package cn.suanpan.cloud.catalog;

import java.util.List;

/** A product as the shop's admin sets it; the cloud gives it an id and a change number. */
public record ProductInput(String sku, String name, String nameEn, String categoryCode, String unit, long priceFen,
                           Long costFen, Long memberPriceFen, int taxRateBp, boolean weighed, String scaleCode,
                           String voiceAlias, boolean trackStock, boolean active, List<String> barcodes) {

    public ProductInput {
        if (sku == null || sku.isBlank() || sku.length() > 32) {
            throw new IllegalArgumentException("sku is required (at most 32 characters)");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (priceFen < 0 || (costFen != null && costFen < 0) || (memberPriceFen != null && memberPriceFen < 0)) {
            throw new IllegalArgumentException("prices must not be negative");
        }
        if (taxRateBp < 0 || taxRateBp > 10_000) {
            throw new IllegalArgumentException("tax rate must be 0..10000 basis points");
        }
        unit = unit == null || unit.isBlank() ? (weighed ? "kg" : "pc") : unit;
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
        for (String code : barcodes) {
            if (code.isBlank() || code.length() > 32 || code.contains("|")) {
                throw new IllegalArgumentException("bad barcode " + code);
            }
        }
    }
}
