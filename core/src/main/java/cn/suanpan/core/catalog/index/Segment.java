package cn.suanpan.core.catalog.index;

import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Up to {@link #SIZE} products stored column by column: numbers in primitive arrays, texts
 * in {@link PackedText} columns. A product is a slot here, and a {@link Product} object is
 * made only when a lookup or a search returns it: a few hundred bytes a product, against
 * some 700 for the {@code Product} records with their strings, lists and boxed amounts.
 *
 * <p>Segments keep a change local: replacing a product rewrites the columns of its own
 * segment only (tens of kilobytes), never the whole catalog.
 */
final class Segment {

    static final int SIZE = 1024;

    static final byte LIVE = 1;
    static final byte ACTIVE = 2;
    static final byte WEIGHED = 4;
    static final byte TRACK_STOCK = 8;
    static final byte HAS_ID = 16;
    static final byte HAS_NAME_EN = 32;
    static final byte HAS_VOICE_ALIAS = 64;

    private static final long NO_MONEY = Long.MIN_VALUE;
    /** Separates the barcodes of one product inside its value of the barcode column. */
    static final char CODE_SEP = ' ';

    /** Slots in use, live or freed; slots at and after {@code count} have never been used. */
    int count;

    private final long[] idHigh = new long[SIZE];
    private final long[] idLow = new long[SIZE];
    private final long[] price = new long[SIZE];
    private final long[] cost = new long[SIZE];
    private final long[] memberPrice = new long[SIZE];
    private final int[] taxRate = new int[SIZE];
    private final byte[] flags = new byte[SIZE];
    private final char[] category = new char[SIZE];
    private final char[] unit = new char[SIZE];
    /** Few products are weighed; a sparse reference column is cheaper than a packed one. */
    private final String[] scaleCode = new String[SIZE];

    PackedText sku;
    PackedText name;
    PackedText initials;
    PackedText pinyin;
    PackedText english;
    PackedText voiceAlias;
    PackedText barcodes;

    private Segment() {
    }

    static Segment empty() {
        Segment s = new Segment();
        s.sku = PackedText.empty();
        s.name = PackedText.empty();
        s.initials = PackedText.empty();
        s.pinyin = PackedText.empty();
        s.english = PackedText.empty();
        s.voiceAlias = PackedText.empty();
        s.barcodes = PackedText.empty();
        return s;
    }

    /** A segment holding {@code batch} in slots 0..n-1; spellings must be filled in. */
    static Segment of(List<Product> batch, Dictionary categories, Dictionary units) {
        int n = batch.size();
        Segment s = new Segment();
        String[] skus = new String[n];
        String[] names = new String[n];
        String[] initials = new String[n];
        String[] pinyin = new String[n];
        String[] english = new String[n];
        String[] voice = new String[n];
        String[] codes = new String[n];
        for (int i = 0; i < n; i++) {
            Product p = batch.get(i);
            s.setColumns(i, p, categories, units);
            skus[i] = p.sku();
            names[i] = p.name();
            initials[i] = p.pinyinInitials();
            pinyin[i] = p.pinyin();
            english[i] = nonNull(p.nameEn());
            voice[i] = nonNull(p.voiceAlias());
            codes[i] = joinCodes(p.barcodes());
        }
        s.sku = PackedText.of(skus, n);
        s.name = PackedText.of(names, n);
        s.initials = PackedText.of(initials, n);
        s.pinyin = PackedText.of(pinyin, n);
        s.english = PackedText.of(english, n);
        s.voiceAlias = PackedText.of(voice, n);
        s.barcodes = PackedText.of(codes, n);
        s.count = n;
        return s;
    }

    /** Writes {@code p} into {@code slot}, which is in use or equal to {@link #count}. */
    void set(int slot, Product p, Dictionary categories, Dictionary units) {
        setColumns(slot, p, categories, units);
        sku = sku.with(slot, p.sku());
        name = name.with(slot, p.name());
        initials = initials.with(slot, p.pinyinInitials());
        pinyin = pinyin.with(slot, p.pinyin());
        english = english.with(slot, nonNull(p.nameEn()));
        voiceAlias = voiceAlias.with(slot, nonNull(p.voiceAlias()));
        barcodes = barcodes.with(slot, joinCodes(p.barcodes()));
        if (slot == count) {
            count++;
        }
    }

    /** Frees a slot: its texts become empty so that searches skip it at no cost. */
    void clear(int slot) {
        flags[slot] = 0;
        scaleCode[slot] = null;
        sku = sku.with(slot, "");
        name = name.with(slot, "");
        initials = initials.with(slot, "");
        pinyin = pinyin.with(slot, "");
        english = english.with(slot, "");
        voiceAlias = voiceAlias.with(slot, "");
        barcodes = barcodes.with(slot, "");
    }

    void setBarcodes(int slot, List<String> codes) {
        barcodes = barcodes.with(slot, joinCodes(codes));
    }

    String scaleCode(int slot) {
        return scaleCode[slot];
    }

    List<String> barcodes(int slot) {
        String joined = barcodes.value(slot);
        if (joined.isEmpty()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>(2);
        int from = 0;
        for (int i = joined.indexOf(CODE_SEP); i >= 0; i = joined.indexOf(CODE_SEP, from)) {
            codes.add(joined.substring(from, i));
            from = i + 1;
        }
        codes.add(joined.substring(from));
        return codes;
    }

    Product product(int slot, Dictionary categories, Dictionary units) {
        byte f = flags[slot];
        return new Product(
                (f & HAS_ID) != 0 ? new UUID(idHigh[slot], idLow[slot]) : null,
                sku.value(slot),
                name.value(slot),
                (f & HAS_NAME_EN) != 0 ? english.value(slot) : null,
                pinyin.value(slot),
                initials.value(slot),
                (f & HAS_VOICE_ALIAS) != 0 ? voiceAlias.value(slot) : null,
                categories.value(category[slot]),
                units.value(unit[slot]),
                Money.ofFen(price[slot]),
                money(cost[slot]),
                money(memberPrice[slot]),
                taxRate[slot],
                (f & WEIGHED) != 0,
                scaleCode[slot],
                (f & TRACK_STOCK) != 0,
                (f & ACTIVE) != 0,
                barcodes(slot));
    }

    private void setColumns(int slot, Product p, Dictionary categories, Dictionary units) {
        UUID id = p.id();
        idHigh[slot] = id == null ? 0 : id.getMostSignificantBits();
        idLow[slot] = id == null ? 0 : id.getLeastSignificantBits();
        price[slot] = p.price().fen();
        cost[slot] = p.cost() == null ? NO_MONEY : p.cost().fen();
        memberPrice[slot] = p.memberPrice() == null ? NO_MONEY : p.memberPrice().fen();
        taxRate[slot] = p.taxRateBasisPoints();
        category[slot] = categories.code(p.categoryCode());
        unit[slot] = units.code(p.unit());
        scaleCode[slot] = p.scaleCode();
        flags[slot] = (byte) (LIVE
                | (p.active() ? ACTIVE : 0)
                | (p.weighed() ? WEIGHED : 0)
                | (p.trackStock() ? TRACK_STOCK : 0)
                | (id != null ? HAS_ID : 0)
                | (p.nameEn() != null ? HAS_NAME_EN : 0)
                | (p.voiceAlias() != null ? HAS_VOICE_ALIAS : 0));
    }

    private static Money money(long fen) {
        return fen == NO_MONEY ? null : Money.ofFen(fen);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String joinCodes(List<String> codes) {
        return codes.size() == 1 ? codes.get(0) : String.join(String.valueOf(CODE_SEP), codes);
    }
}
