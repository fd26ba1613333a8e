package cn.suanpan.core.catalog.scale;

import cn.suanpan.core.catalog.Ean13;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads in-store scale labels with the layouts configured for the shop's scales (see
 * {@link ScaleLayout}). A prefix may have one layout per length, so that a 13-digit weight
 * label and an 18-digit label can share it.
 */
public final class ScaleLabelDecoder {

    private final Map<Integer, ScaleLayout> byPrefixAndLength = new HashMap<>();
    private final TreeSet<Integer> lengths = new TreeSet<>();

    public ScaleLabelDecoder(Collection<ScaleLayout> layouts) {
        for (ScaleLayout layout : layouts) {
            if (byPrefixAndLength.put(key(layout.prefix(), layout.length()), layout) != null) {
                throw new IllegalArgumentException("two layouts of " + layout.length() + " digits for prefix " + layout.prefix());
            }
            lengths.add(layout.length());
        }
        lengths.add(13);
    }

    /**
     * The layouts a new terminal starts with, as the common Chinese label scales print them:
     * prefixes 20 to 24 are 13-digit price labels, 25 to 27 13-digit weight labels, and
     * every prefix 20 to 29 may also be an 18-digit price-and-weight label. 13-digit codes
     * with prefix 28 or 29 are no scale labels: they are free for the shop's own numbering
     * (found in the catalog by exact barcode before any label is decoded).
     */
    public static ScaleLabelDecoder defaults() {
        List<ScaleLayout> layouts = new ArrayList<>();
        for (int p = 20; p <= 24; p++) {
            layouts.add(ScaleLayout.price(p));
        }
        for (int p = 25; p <= 27; p++) {
            layouts.add(ScaleLayout.weight(p));
        }
        for (int p = 20; p <= 29; p++) {
            layouts.add(ScaleLayout.priceAndWeight(p));
        }
        return new ScaleLabelDecoder(layouts);
    }

    public Collection<ScaleLayout> layouts() {
        return List.copyOf(byPrefixAndLength.values());
    }

    /**
     * Reads {@code code} as a scale label. Empty when it is not one: not all digits, not
     * starting with 20 to 29, or of a length no layout has. A code with an in-store prefix
     * and a label length but no layout for that prefix is {@code scale.unknownPrefix}.
     */
    public Optional<ScaleLabel> decode(String code) {
        int n = code.length();
        if (!lengths.contains(n) || !isDigits(code)) {
            return Optional.empty();
        }
        int prefix = (code.charAt(0) - '0') * 10 + (code.charAt(1) - '0');
        if (prefix < 20 || prefix > 29) {
            return Optional.empty();
        }
        ScaleLayout layout = byPrefixAndLength.get(key(prefix, n));
        if (layout == null) {
            return Optional.of(new ScaleLabel.Invalid(code, new UserMessage("scale.unknownPrefix", code, code.substring(0, 2))));
        }
        if (Ean13.checkDigit(code.subSequence(0, n - 1)) != code.charAt(n - 1) - '0') {
            return Optional.of(new ScaleLabel.Invalid(code, new UserMessage("scale.badCheckDigit", code)));
        }
        int at = 2;
        String item = code.substring(at, at + layout.itemDigits());
        at += layout.itemDigits();
        Integer grams = null;
        Money amount = null;
        for (ScaleLayout.Value v : layout.values()) {
            int value = Integer.parseInt(code, at, at + v.digits(), 10);
            at += v.digits();
            switch (v.quantity()) {
                case WEIGHT_GRAMS -> grams = value;
                case PRICE_FEN -> amount = Money.ofFen(value);
            }
        }
        if ((grams == null || grams == 0) && (amount == null || amount.isZero())) {
            return Optional.of(new ScaleLabel.Invalid(code, new UserMessage("scale.noValue", code)));
        }
        if (grams != null && amount != null) {
            return Optional.of(new ScaleLabel.WeighedAndPriced(code, item, grams, amount));
        }
        return Optional.of(grams != null ? new ScaleLabel.Weighed(code, item, grams) : new ScaleLabel.Priced(code, item, amount));
    }

    private static int key(int prefix, int length) {
        return prefix * 100 + length;
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
