package cn.suanpan.core.catalog.scale;

import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;

/** What a scanned in-store scale label says, or why it cannot be read. */
public sealed interface ScaleLabel {

    /** The label as scanned. */
    String code();

    /** A readable label: the item code (a product's scale code) and a weight, a price or both. */
    sealed interface Reading extends ScaleLabel {
        String itemCode();
    }

    record Weighed(String code, String itemCode, int grams) implements Reading {
    }

    record Priced(String code, String itemCode, Money amount) implements Reading {
    }

    /** The 18-digit labels carry both the total price and the weight. */
    record WeighedAndPriced(String code, String itemCode, int grams, Money amount) implements Reading {
    }

    /** A label that looks like a scale label but cannot be used; {@code message} says why. */
    record Invalid(String code, UserMessage message) implements ScaleLabel {
    }
}
