package cn.suanpan.core.catalog;

import cn.suanpan.core.money.Money;
import java.util.List;
import java.util.UUID;

/**
 * A product as the counter sees it. Prices are tax-inclusive; {@code taxRatePercent} is
 * kept as basis points so that 13 % and 6.5 % are both exact.
 */
public record Product(
        UUID id,
        String sku,
        String name,
        String nameEn,
        String pinyin,
        String pinyinInitials,
        String voiceAlias,
        String categoryCode,
        String unit,
        Money price,
        Money cost,
        Money memberPrice,
        int taxRateBasisPoints,
        boolean weighed,
        String scaleCode,
        boolean trackStock,
        boolean active,
        List<String> barcodes) {

    public Product {
        barcodes = List.copyOf(barcodes);
    }

    /** The name in the cashier's language, falling back to Chinese. */
    public String displayName(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) || nameEn == null || nameEn.isBlank() ? name : nameEn;
    }
}
