package cn.suanpan.core.pricing;

import cn.suanpan.core.money.Money;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A promotion written out flat, as the cloud keeps it, the wire carries it and the
 * terminal stores it: one column per figure, the figures a kind does not use left null.
 * {@link #toPromotion()} is the one check of what makes a valid promotion (the cloud runs
 * it before it accepts an admin's promotion, the terminal before it stores a pulled one).
 *
 * @param code      the shop's own name for it (P-COLA-2ND); the promotion's id in the engine
 * @param kind      what it does; which of the figures it needs is said on {@link Kind}
 * @param startsAt  null for "already running"; {@code endsAt} null for "until withdrawn"
 * @param weekdays  empty for every day; {@code dailyFrom}/{@code dailyTo} both null for all day
 */
public record PromotionTerms(String code, String name, String nameEn, Kind kind, Set<String> skus, Set<String> categories,
                             boolean allProducts, Integer percentOffBp, Long amountFen, Integer buy, Integer get, Integer count,
                             Long priceFen, int priority, Instant startsAt, Instant endsAt, Set<DayOfWeek> weekdays,
                             LocalTime dailyFrom, LocalTime dailyTo) {

    /** The kinds of {@link Promotion}, named as the demo CSV and the wire name them. */
    public enum Kind {
        /** {@code percentOffBp} off every covered item. */
        PERCENT_OFF("percent_off"),
        /** {@code amountFen} off each covered piece. */
        AMOUNT_OFF("amount_off"),
        /** of {@code buy + get} pieces the {@code get} cheapest {@code percentOffBp} off. */
        BUY_GET("buy_get"),
        /** any {@code count} pieces for {@code priceFen}. */
        BUNDLE("bundle"),
        /** the second piece of one product {@code percentOffBp} off. */
        SECOND_ITEM("second_item");

        private final String wire;

        Kind(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Kind fromWire(String wire) {
            for (Kind k : values()) {
                if (k.wire.equals(wire)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown promotion kind " + wire);
        }
    }

    public PromotionTerms {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw new IllegalArgumentException("a promotion code (at most 64 characters) is required");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a promotion name is required");
        }
        Objects.requireNonNull(kind, "kind");
        skus = skus == null ? Set.of() : Set.copyOf(skus);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        weekdays = weekdays == null || weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
        if (!allProducts && skus.isEmpty() && categories.isEmpty()) {
            throw new IllegalArgumentException("a promotion covers some SKUs, some categories or all products");
        }
    }

    /** The promotion these terms describe; an {@link IllegalArgumentException} says what is wrong. */
    public Promotion toPromotion() {
        PromotionInfo info = new PromotionInfo(code, new LocalizedName(name, nameEn),
                new TimeWindow(startsAt, endsAt, weekdays, dailyFrom, dailyTo), priority);
        Target target = new Target(skus, categories, allProducts);
        return switch (kind) {
            case PERCENT_OFF -> new Promotion.PercentOff(info, target, need(percentOffBp, "percentOffBp"));
            case AMOUNT_OFF -> new Promotion.AmountOff(info, target, Money.ofFen(need(amountFen, "amountFen")));
            case BUY_GET -> new Promotion.BuyXGetY(info, target, need(buy, "buy"), need(get, "get"), need(percentOffBp, "percentOffBp"));
            case BUNDLE -> new Promotion.BundlePrice(info, target, need(count, "count"), Money.ofFen(need(priceFen, "priceFen")));
            case SECOND_ITEM -> new Promotion.SecondItemDiscount(info, target, need(percentOffBp, "percentOffBp"));
        };
    }

    /** The terms of a promotion, figures its kind does not use left null. */
    public static PromotionTerms of(Promotion p) {
        PromotionInfo i = p.info();
        TimeWindow w = i.window();
        Target t = p.target();
        Kind kind;
        Integer percent = null;
        Long amount = null;
        Integer buy = null;
        Integer get = null;
        Integer count = null;
        Long price = null;
        switch (p) {
            case Promotion.PercentOff x -> {
                kind = Kind.PERCENT_OFF;
                percent = x.percentOff();
            }
            case Promotion.AmountOff x -> {
                kind = Kind.AMOUNT_OFF;
                amount = x.amountPerUnit().fen();
            }
            case Promotion.BuyXGetY x -> {
                kind = Kind.BUY_GET;
                buy = x.buy();
                get = x.get();
                percent = x.percentOff();
            }
            case Promotion.BundlePrice x -> {
                kind = Kind.BUNDLE;
                count = x.count();
                price = x.price().fen();
            }
            case Promotion.SecondItemDiscount x -> {
                kind = Kind.SECOND_ITEM;
                percent = x.percentOff();
            }
        }
        return new PromotionTerms(i.id(), i.name().zh(), i.name().en(), kind, t.skus(), t.categoryCodes(), t.allProducts(),
                percent, amount, buy, get, count, price, i.priority(), w.start(), w.end(), w.weekdays(), w.dailyFrom(), w.dailyTo());
    }

    private <T> T need(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("a " + kind.wire() + " promotion needs " + field);
        }
        return value;
    }
}
