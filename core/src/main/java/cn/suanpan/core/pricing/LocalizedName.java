package cn.suanpan.core.pricing;

import java.util.Locale;
import java.util.Objects;

/** A name that comes with the data (a promotion's), in Chinese and optionally English. */
public record LocalizedName(String zh, String en) {

    public LocalizedName {
        Objects.requireNonNull(zh, "zh");
    }

    /** The name in the cashier's language, falling back to Chinese like product names do. */
    public String in(Locale locale) {
        return "zh".equals(locale.getLanguage()) || en == null || en.isBlank() ? zh : en;
    }
}
