package cn.suanpan.cloud.miniprogram;

/**
 * A product as the mini-program lists it, with the stock on hand across the shop (null
 * when the shop does not track the product's stock).
 */
public record MpProduct(String sku, String name, String nameEn, String categoryCode, String unit, long priceFen,
                        Long memberPriceFen, boolean weighed, Long onHandMilli) {
}
