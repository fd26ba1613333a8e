package cn.suanpan.core.catalog.index;

import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Pinyin;
import cn.suanpan.core.catalog.Product;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;

/**
 * The whole catalog in memory for the sale screen: a scanned barcode or a keyed-in SKU is
 * found in constant time, and a typed query is searched across name, pinyin, pinyin
 * initials, English name and barcode digits.
 *
 * <h2>Search</h2>
 * The query is trimmed, runs of spaces become one, and letters are lower-cased (full-width
 * letters and digits count as their ASCII forms). Texts are matched word by word, a word
 * being a run of letters and digits ("康师傅 冰红茶 500ml" has the words 康师傅, 冰红茶 and
 * 500ml; "Coca-Cola" has coca and cola). Then, by what the query is:
 * <ul>
 *   <li>only digits: barcodes containing them, if there are at least
 *       {@value #MIN_BARCODE_DIGITS} (a barcode that ends with the digits ranks as a prefix
 *       match, since cashiers key in the last digits of a damaged label);</li>
 *   <li>only ASCII: the pinyin initials of a name word ({@code kl} finds 可口可乐, whose
 *       initials are kkkl) and the full pinyin of a name word ({@code niunai} finds 纯牛奶),
 *       spaces in the query ignored; and the English name, case-insensitively, where a query
 *       of several words must occur as typed. A single letter matches only initials that
 *       start with it, as it occurs almost everywhere;</li>
 *   <li>anything else (Chinese): the name, likewise.</li>
 * </ul>
 * A query equal to the whole text is an exact match, one at the start of a word a prefix
 * match, anything else a substring match. A query equal to a SKU also finds that product.
 * Results are ranked exact, then prefix, then substring; then shorter names first; then by
 * name and SKU. Inactive products are not listed (but are still found by barcode and SKU:
 * {@link Product#active()} says so). Pinyin is spelt word by word with {@link Pinyin#of},
 * the rule the catalog import uses for the stored spellings.
 *
 * <h2>Memory</h2>
 * Products are stored column by column in segments ({@link Segment}), barcodes in a
 * primitive hash table and by groups of four digits ({@link DigitGrams}), words in per-text
 * dictionaries with lists of products ({@link WordIndex}): about 420 bytes a product in all,
 * so a million products take some 400 MiB of heap.
 *
 * <h2>Concurrency</h2>
 * Any number of threads may read while one thread applies catalog changes with
 * {@link #put} and {@link #remove}. A read-write lock guards the structures: a read (a lookup
 * is microseconds, a search over a million products about a millisecond) shares the lock
 * with other reads, and a change holds it alone for the fraction of a millisecond it needs
 * to rewrite one segment and a few word lists. Copy-on-write of the whole index was the
 * alternative: it would make readers lock-free but copy hundreds of megabytes per change
 * and need twice the memory while doing so, which the terminal's heap budget does not allow.
 */
public final class CatalogIndex {

    /** Fewer digits than this match too many barcodes to be useful. */
    public static final int MIN_BARCODE_DIGITS = 4;

    /** The rank of a product that search must not list (inactive or removed). */
    static final int UNLISTED = WordIndex.MAX_RANK;
    /** Longer names rank alike (the catalog allows 200 characters). */
    private static final int MAX_RANKED_LENGTH = UNLISTED - 1;

    private static final int SHIFT = Integer.numberOfTrailingZeros(Segment.SIZE);
    private static final int SLOT_MASK = Segment.SIZE - 1;

    private final Lock readLock;
    private final Lock writeLock;

    private final List<Segment> segments = new ArrayList<>();
    private final Dictionary categories = new Dictionary();
    private final Dictionary units = new Dictionary();
    /** Barcodes of up to 18 digits, by {@link NumericCode#key}. */
    private final LongIntTable numericCodes;
    /** Any other barcode (letters, more than 18 digits): rare enough for a plain map. */
    private final Map<String, Integer> otherCodes = new HashMap<>();
    /** Scale item codes by numeric value, so that "101", "00101" and "000101" agree. */
    private final LongIntTable scaleCodes = new LongIntTable(1024);
    private final OrdinalTable skus;
    private final DigitGrams digitGrams = new DigitGrams();
    private final WordIndex nameWords = new WordIndex(this::rank);
    private final WordIndex englishWords = new WordIndex(this::rank);
    private final WordIndex pinyinWords = new WordIndex(this::rank);
    private final WordIndex initialsWords = new WordIndex(this::rank);
    /**
     * Per ordinal, the name length of a listed product (capped at {@value #MAX_RANKED_LENGTH})
     * or {@link #UNLISTED}: the one number search needs to rank or reject a candidate and the
     * order of the word lists. One flat array (a byte a product) so that reading it for
     * thousands of candidates stays in the CPU caches.
     */
    private byte[] ranks = new byte[0];
    /** Ordinals of removed products, reused before the catalog grows. */
    private int[] free = new int[16];
    private int freeCount;
    private int live;

    private CatalogIndex(int expected) {
        ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
        readLock = lock.readLock();
        writeLock = lock.writeLock();
        numericCodes = new LongIntTable(expected + expected / 4);
        skus = new OrdinalTable(this::skuEquals, expected);
    }

    /** An empty index. */
    public static CatalogIndex empty() {
        return from(sink -> { }, 0);
    }

    public static CatalogIndex of(Collection<Product> products) {
        return from(sink -> products.forEach(sink), products.size());
    }

    /** Builds from everything in the local store, streamed without holding it all as objects. */
    public static CatalogIndex load(CatalogRepository repository) {
        return from(repository::forEach, repository.productCount());
    }

    /**
     * Builds from a source that hands every product to the given sink, such as
     * {@code repository::forEach}. A SKU given twice keeps its last version; a barcode given
     * to two products stays with the later one.
     */
    public static CatalogIndex from(Consumer<Consumer<Product>> source, int expectedSize) {
        CatalogIndex index = new CatalogIndex(expectedSize);
        index.writeLock.lock();
        try {
            for (WordIndex words : index.wordIndexes()) {
                words.startBuild();
            }
            index.digitGrams.startBuild();
            Loader loader = index.new Loader();
            source.accept(loader);
            loader.flush();
            for (WordIndex words : index.wordIndexes()) {
                words.finishBuild();
            }
            index.digitGrams.finishBuild();
        } finally {
            index.writeLock.unlock();
        }
        return index;
    }

    /** Number of products held, active or not. */
    public int size() {
        readLock.lock();
        try {
            return live;
        } finally {
            readLock.unlock();
        }
    }

    public Optional<Product> byBarcode(String code) {
        readLock.lock();
        try {
            return Optional.ofNullable(productAt(ordinalOfCode(code)));
        } finally {
            readLock.unlock();
        }
    }

    public Optional<Product> bySku(String sku) {
        readLock.lock();
        try {
            return Optional.ofNullable(productAt(skus.find(sku)));
        } finally {
            readLock.unlock();
        }
    }

    /** The product whose scale code has the numeric value of {@code itemCode} (digits). */
    public Optional<Product> byScaleCode(String itemCode) {
        long value = NumericCode.value(itemCode);
        if (value == NumericCode.NONE) {
            return Optional.empty();
        }
        readLock.lock();
        try {
            return Optional.ofNullable(productAt(scaleCodes.get(value)));
        } finally {
            readLock.unlock();
        }
    }

    /** At most {@code limit} active products matching {@code query}, best first (see the class comment). */
    public List<SearchHit> search(String query, int limit) {
        String q = normalize(query);
        if (q.isEmpty() || limit <= 0) {
            return List.of();
        }
        readLock.lock();
        try {
            TopHits top = new TopHits(limit, this::compareNames);
            int skuOrdinal = skus.find(query.strip());
            if (skuOrdinal >= 0 && rank(skuOrdinal) != UNLISTED) {
                top.offer(skuOrdinal, MatchKind.EXACT, MatchField.SKU, rank(skuOrdinal));
            }
            if (isDigits(q)) {
                if (q.length() >= MIN_BARCODE_DIGITS) {
                    matchBarcodes(q, top);
                }
            } else if (isAscii(q)) {
                String compact = lettersAndDigits(q);
                if (compact.length() == 1) {
                    matchWord(initialsWords, MatchField.PINYIN_INITIALS, compact, true, top);
                } else if (!compact.isEmpty()) {
                    matchWord(initialsWords, MatchField.PINYIN_INITIALS, compact, false, top);
                    matchWord(pinyinWords, MatchField.PINYIN, compact, false, top);
                    matchText(englishWords, MatchField.ENGLISH_NAME, q, top);
                }
            } else {
                matchText(nameWords, MatchField.NAME, q, top);
            }
            List<SearchHit> hits = new ArrayList<>(top.size());
            for (int i = 0; i < top.size(); i++) {
                hits.add(new SearchHit(productAt(top.ordinal(i)), top.field(i), top.kind(i)));
            }
            return hits;
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Adds a product or replaces the one with its SKU. Its barcodes are taken from any other
     * product that had them. Missing pinyin spellings are computed from the name.
     */
    public void put(Product product) {
        Product p = complete(product);
        writeLock.lock();
        try {
            putLocked(p, this::nameWord);
            sealWords();
        } finally {
            writeLock.unlock();
        }
    }

    /** Removes the product with this SKU; false if there was none. */
    public boolean remove(String sku) {
        writeLock.lock();
        try {
            int ordinal = skus.find(sku);
            if (ordinal < 0) {
                return false;
            }
            release(ordinal);
            skus.remove(sku);
            segment(ordinal).clear(ordinal & SLOT_MASK);
            ranks[ordinal] = (byte) UNLISTED;
            freeOrdinal(ordinal);
            live--;
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    // ---- writing (under the write lock) ----

    private void putLocked(Product p, WordIds wordIds) {
        int ordinal = skus.find(p.sku());
        if (ordinal >= 0) {
            release(ordinal);
            segment(ordinal).set(ordinal & SLOT_MASK, p, categories, units);
        } else {
            ordinal = allocate();
            segment(ordinal).set(ordinal & SLOT_MASK, p, categories, units);
            skus.add(p.sku(), ordinal);
            live++;
        }
        ranks[ordinal] = rankOf(p);
        claim(ordinal, p, wordIds);
    }

    private void addSegment(Segment segment) {
        segments.add(segment);
        int capacity = segments.size() << SHIFT;
        if (ranks.length < capacity) {
            int grown = Math.max(capacity, ranks.length + (ranks.length >> 1));
            int old = ranks.length;
            ranks = Arrays.copyOf(ranks, grown);
            Arrays.fill(ranks, old, grown, (byte) UNLISTED);
        }
    }

    private static byte rankOf(Product p) {
        return (byte) (p.active() ? Math.min(p.name().length(), MAX_RANKED_LENGTH) : UNLISTED);
    }

    private void freeOrdinal(int ordinal) {
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = ordinal;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        Segment last = segments.isEmpty() ? null : segments.getLast();
        if (last == null || last.count == Segment.SIZE) {
            last = Segment.empty();
            addSegment(last);
        }
        return ((segments.size() - 1) << SHIFT) | last.count;
    }

    /** Enters the barcodes, scale code and words of a product stored at {@code ordinal}. */
    private void claim(int ordinal, Product p, WordIds wordIds) {
        for (String code : p.barcodes()) {
            long key = NumericCode.key(code);
            Integer previous = key != NumericCode.NONE ? orNull(numericCodes.put(key, ordinal)) : otherCodes.put(code, ordinal);
            if (previous != null && previous != ordinal) {
                // the code moved to this product: take it off its former holder
                Segment s = segment(previous);
                List<String> before = s.barcodes(previous & SLOT_MASK);
                List<String> rest = new ArrayList<>(before);
                rest.remove(code);
                s.setBarcodes(previous & SLOT_MASK, rest);
                digitGrams.remove(previous, before);
                digitGrams.add(previous, rest);
            }
        }
        digitGrams.add(ordinal, p.barcodes());
        if (p.scaleCode() != null) {
            long value = NumericCode.value(p.scaleCode());
            if (value != NumericCode.NONE) {
                scaleCodes.put(value, ordinal);
            }
        }
        addWords(ordinal, p, wordIds);
    }

    /** Takes the barcodes, scale code and words of the product at {@code ordinal} out of the lookups. */
    private void release(int ordinal) {
        Segment s = segment(ordinal);
        int slot = ordinal & SLOT_MASK;
        List<String> codes = s.barcodes(slot);
        digitGrams.remove(ordinal, codes);
        for (String code : codes) {
            if (ordinalOfCode(code) == ordinal) {
                long key = NumericCode.key(code);
                if (key != NumericCode.NONE) {
                    numericCodes.remove(key);
                } else {
                    otherCodes.remove(code);
                }
            }
        }
        String scaleCode = s.scaleCode(slot);
        long value = scaleCode == null ? NumericCode.NONE : NumericCode.value(scaleCode);
        if (value != NumericCode.NONE && scaleCodes.get(value) == ordinal) {
            scaleCodes.remove(value);
        }
        Product old = s.product(slot, categories, units);
        removeWords(ordinal, old.name(), old.nameEn());
    }

    /**
     * The spellings of a name word and their ids in the pinyin and initials dictionaries (-1
     * for an empty spelling). Building caches them by name word id, since spelling a word and
     * looking its spellings up is most of the cost of indexing a name.
     */
    private record NameWord(String pinyin, int pinyinId, String initials, int initialsId) {
    }

    private interface WordIds {
        NameWord of(int nameWordId);
    }

    private NameWord nameWord(int nameWordId) {
        Pinyin.Spelling spelling = Pinyin.of(nameWords.word(nameWordId));
        return new NameWord(
                spelling.full(), spelling.full().isEmpty() ? -1 : pinyinWords.id(spelling.full()),
                spelling.initials(), spelling.initials().isEmpty() ? -1 : initialsWords.id(spelling.initials()));
    }

    /**
     * Enters the words of a product, noting for each whether it is the product's whole text
     * (then a query equal to the word is an exact match). Words are looked up where they
     * stand in the folded text, one run of letters and digits after another.
     */
    private void addWords(int ordinal, Product p, WordIds wordIds) {
        String name = PackedText.fold(p.name());
        int[] seen = new int[8];
        int[] pinyinSeen = new int[8];
        int[] initialsSeen = new int[8];
        int seenCount = 0;
        int pinyinCount = 0;
        int initialsCount = 0;
        int n = name.length();
        int from = wordStart(name, 0);
        while (from < n) {
            int to = wordEnd(name, from);
            int id = nameWords.id(name, from, to);
            boolean whole = from == 0 && to == n;
            from = wordStart(name, to);
            if (contains(seen, seenCount, id)) {
                continue;
            }
            seen = append(seen, seenCount++, id);
            nameWords.add(id, ordinal, whole);
            NameWord w = wordIds.of(id);
            if (w.pinyinId() >= 0 && !contains(pinyinSeen, pinyinCount, w.pinyinId())) {
                pinyinSeen = append(pinyinSeen, pinyinCount++, w.pinyinId());
                pinyinWords.add(w.pinyinId(), ordinal, p.pinyin().equals(w.pinyin()));
            }
            if (w.initialsId() >= 0 && !contains(initialsSeen, initialsCount, w.initialsId())) {
                initialsSeen = append(initialsSeen, initialsCount++, w.initialsId());
                initialsWords.add(w.initialsId(), ordinal, p.pinyinInitials().equals(w.initials()));
            }
        }
        if (p.nameEn() != null) {
            String english = PackedText.fold(p.nameEn());
            int e = english.length();
            seenCount = 0;
            from = wordStart(english, 0);
            while (from < e) {
                int to = wordEnd(english, from);
                int id = englishWords.id(english, from, to);
                boolean whole = from == 0 && to == e;
                from = wordStart(english, to);
                if (!contains(seen, seenCount, id)) {
                    seen = append(seen, seenCount++, id);
                    englishWords.add(id, ordinal, whole);
                }
            }
        }
    }

    private void removeWords(int ordinal, String name, String nameEn) {
        String folded = PackedText.fold(name);
        List<String> pinyin = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        int from = wordStart(folded, 0);
        while (from < folded.length()) {
            int to = wordEnd(folded, from);
            nameWords.remove(folded, from, to, ordinal);
            Pinyin.Spelling spelling = Pinyin.of(folded.substring(from, to));
            if (!pinyin.contains(spelling.full())) {
                pinyin.add(spelling.full());
                pinyinWords.remove(spelling.full(), 0, spelling.full().length(), ordinal);
            }
            if (!initials.contains(spelling.initials())) {
                initials.add(spelling.initials());
                initialsWords.remove(spelling.initials(), 0, spelling.initials().length(), ordinal);
            }
            from = wordStart(folded, to);
        }
        if (nameEn != null) {
            String english = PackedText.fold(nameEn);
            from = wordStart(english, 0);
            while (from < english.length()) {
                int to = wordEnd(english, from);
                englishWords.remove(english, from, to, ordinal);
                from = wordStart(english, to);
            }
        }
    }

    private static int wordStart(String text, int from) {
        while (from < text.length() && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int wordEnd(String text, int from) {
        while (from < text.length() && Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int[] append(int[] values, int count, int value) {
        int[] a = count == values.length ? Arrays.copyOf(values, count * 2) : values;
        a[count] = value;
        return a;
    }

    private static boolean contains(int[] values, int count, int value) {
        for (int i = 0; i < count; i++) {
            if (values[i] == value) {
                return true;
            }
        }
        return false;
    }

    private int rank(int ordinal) {
        return ranks[ordinal] & 0xFF;
    }

    private List<WordIndex> wordIndexes() {
        return List.of(nameWords, englishWords, pinyinWords, initialsWords);
    }

    private void sealWords() {
        for (WordIndex words : wordIndexes()) {
            words.seal();
        }
    }

    private static Integer orNull(int ordinal) {
        return ordinal == LongIntTable.ABSENT ? null : ordinal;
    }

    private static Product complete(Product p) {
        Objects.requireNonNull(p.sku(), "sku");
        Objects.requireNonNull(p.name(), "name");
        Objects.requireNonNull(p.price(), "price");
        if (p.pinyin() != null && p.pinyinInitials() != null) {
            return p;
        }
        Pinyin.Spelling spelling = Pinyin.of(p.name());
        return new Product(p.id(), p.sku(), p.name(), p.nameEn(), spelling.full(), spelling.initials(), p.voiceAlias(),
                p.categoryCode(), p.unit(), p.price(), p.cost(), p.memberPrice(), p.taxRateBasisPoints(), p.weighed(),
                p.scaleCode(), p.trackStock(), p.active(), p.barcodes());
    }

    /**
     * Fills whole segments at once while building, instead of rewriting a segment per
     * product. SKUs are registered when a segment is sealed; a SKU seen before (rare) then
     * replaces the earlier product and gives its new slot back. Word ids are cached for the
     * build: a catalog repeats its words (brands, product words, sizes) endlessly.
     */
    private final class Loader implements Consumer<Product> {
        private final List<Product> pending = new ArrayList<>(Segment.SIZE);
        private NameWord[] known = new NameWord[1024];
        private final WordIds cached = id -> {
            if (id >= known.length) {
                known = Arrays.copyOf(known, Math.max(id + 1, known.length * 2));
            }
            NameWord w = known[id];
            if (w == null) {
                w = nameWord(id);
                known[id] = w;
            }
            return w;
        };

        @Override
        public void accept(Product product) {
            pending.add(complete(product));
            if (pending.size() == Segment.SIZE) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            if (!segments.isEmpty() && segments.getLast().count < Segment.SIZE) {
                pending.forEach(p -> putLocked(p, cached)); // only after a partial flush
                pending.clear();
                return;
            }
            int base = segments.size() << SHIFT;
            Segment segment = Segment.of(pending, categories, units);
            addSegment(segment);
            for (int slot = 0; slot < pending.size(); slot++) {
                Product p = pending.get(slot);
                int earlier = skus.findOrAdd(p.sku(), base + slot);
                if (earlier == OrdinalTable.ABSENT) {
                    ranks[base + slot] = rankOf(p);
                    claim(base + slot, p, cached);
                    live++;
                } else {
                    segment.clear(slot);
                    freeOrdinal(base + slot);
                    release(earlier);
                    segment(earlier).set(earlier & SLOT_MASK, p, categories, units);
                    ranks[earlier] = rankOf(p);
                    claim(earlier, p, cached);
                }
            }
            pending.clear();
        }
    }

    // ---- reading (under the read lock) ----

    private Segment segment(int ordinal) {
        return segments.get(ordinal >>> SHIFT);
    }

    private Product productAt(int ordinal) {
        return ordinal < 0 ? null : segment(ordinal).product(ordinal & SLOT_MASK, categories, units);
    }

    private int ordinalOfCode(String code) {
        long key = NumericCode.key(code);
        if (key != NumericCode.NONE) {
            return numericCodes.get(key);
        }
        Integer ordinal = otherCodes.get(code);
        return ordinal == null ? -1 : ordinal;
    }

    private boolean skuEquals(int ordinal, String sku) {
        return segment(ordinal).sku.valueEquals(ordinal & SLOT_MASK, sku);
    }

    private int compareNames(int a, int b) {
        Segment sa = segment(a);
        Segment sb = segment(b);
        int c = sa.name.compareValues(a & SLOT_MASK, sb.name, b & SLOT_MASK);
        return c != 0 ? c : sa.sku.compareValues(a & SLOT_MASK, sb.sku, b & SLOT_MASK);
    }

    private static PackedText column(Segment seg, MatchField field) {
        return switch (field) {
            case NAME -> seg.name;
            case PINYIN_INITIALS -> seg.initials;
            case PINYIN -> seg.pinyin;
            case ENGLISH_NAME -> seg.english;
            case BARCODE -> seg.barcodes;
            case SKU -> seg.sku;
        };
    }

    /**
     * Products with a word containing {@code word} (starting with it, if {@code prefixOnly}).
     * A word's products come shortest name first, so reading stops at the first one too
     * long to make the results.
     */
    private void matchWord(WordIndex words, MatchField field, String word, boolean prefixOnly, TopHits top) {
        words.match(word, prefixOnly, (ordinals, n, kind) -> {
            for (int i = 0; i < n; i++) {
                int ordinal = ordinals[i];
                int length = rank(ordinal);
                if (length == UNLISTED || !top.admits(kind, length)) {
                    break;
                }
                top.offer(ordinal, kind, field, length);
            }
        });
    }

    /**
     * Products whose text contains {@code q}: by word when {@code q} is one word, else the
     * products having a word that contains the longest word of {@code q}, checked against
     * their whole text.
     */
    private void matchText(WordIndex words, MatchField field, String q, TopHits top) {
        List<String> parts = words(q);
        if (parts.isEmpty()) {
            return;
        }
        if (parts.size() == 1 && parts.getFirst().length() == q.length()) {
            matchWord(words, field, q, false, top);
            return;
        }
        String longest = parts.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElseThrow();
        words.match(longest, false, (ordinals, n, ignored) -> {
            for (int i = 0; i < n; i++) {
                int ordinal = ordinals[i];
                int length = rank(ordinal);
                // only a name as long as the query can equal it
                MatchKind best = field == MatchField.NAME && length > q.length() ? MatchKind.PREFIX : MatchKind.EXACT;
                if (length == UNLISTED || !top.admits(best, length)) {
                    break;
                }
                Segment seg = segment(ordinal);
                int slot = ordinal & SLOT_MASK;
                String text = PackedText.fold(column(seg, field).value(slot));
                int at = text.indexOf(q);
                if (at >= 0) {
                    top.offer(ordinal, classify(text, 0, text.length(), q, at, Rule.WORDS), field, length);
                }
            }
        });
    }

    /** Where a match counts as the start of something (a prefix). */
    private enum Rule {
        /** At the start of the text or of a word (names). */
        WORDS,
        /** At the start or the end of one of the barcodes. */
        CODES
    }

    /**
     * Barcodes containing the digits {@code q}: the products of the rarest four-digit group
     * of {@code q} (see {@link DigitGrams}), checked against their barcodes; and the few
     * barcodes with letters, checked one by one.
     */
    private void matchBarcodes(String q, TopHits top) {
        int gram = digitGrams.rarest(q);
        int[] candidates = digitGrams.list(gram);
        int n = digitGrams.size(gram);
        for (int i = 0; i < n; i++) {
            offerBarcodeMatch(candidates[i], q, top);
        }
        for (Map.Entry<String, Integer> e : otherCodes.entrySet()) {
            if (e.getKey().contains(q)) {
                offerBarcodeMatch(e.getValue(), q, top);
            }
        }
    }

    private void offerBarcodeMatch(int ordinal, String q, TopHits top) {
        int length = rank(ordinal);
        if (length == UNLISTED || !top.admits(MatchKind.EXACT, length)) {
            return;
        }
        // read in place: a frequent group of digits has thousands of candidates, and a string
        // of each one's barcodes was most of what a partial-barcode search allocated
        PackedText codes = segment(ordinal).barcodes;
        int slot = ordinal & SLOT_MASK;
        int start = codes.start(slot);
        int end = codes.end(slot);
        int at = codes.text.indexOf(q, start, end);
        if (at >= 0) {
            top.offer(ordinal, classify(codes.text, start, end, q, at, Rule.CODES), MatchField.BARCODE, length);
        }
    }

    /** The best kind of match of {@code q} in the text [start, end), the first occurrence being at {@code first}. */
    private static MatchKind classify(String s, int start, int end, String q, int first, Rule rule) {
        int n = q.length();
        MatchKind best = MatchKind.SUBSTRING;
        for (int p = first; p + n <= end; p++) {
            if (p != first && !s.startsWith(q, p)) {
                continue;
            }
            boolean atStart = p == start || boundary(s.charAt(p - 1), rule);
            boolean atEnd = p + n == end || boundary(s.charAt(p + n), rule);
            if (p == start && p + n == end || rule == Rule.CODES && atStart && atEnd) {
                return MatchKind.EXACT;
            }
            if (atStart || rule == Rule.CODES && atEnd) {
                best = MatchKind.PREFIX;
            }
        }
        return best;
    }

    private static boolean boundary(char c, Rule rule) {
        return rule == Rule.CODES ? c == Segment.CODE_SEP : !Character.isLetterOrDigit(c);
    }

    // ---- text ----

    /** Trims, folds case and full-width forms, turns control characters and runs of spaces into one space. */
    static String normalize(String query) {
        if (query == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(query.length());
        boolean space = false;
        for (int i = 0; i < query.length(); i++) {
            char c = PackedText.foldChar(query.charAt(i));
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                space = !sb.isEmpty();
            } else {
                if (space) {
                    sb.append(' ');
                    space = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The distinct runs of letters and digits of {@code text}, in order. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>(6);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i);
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static String lettersAndDigits(String q) {
        StringBuilder sb = new StringBuilder(q.length());
        for (int i = 0; i < q.length(); i++) {
            if (Character.isLetterOrDigit(q.charAt(i))) {
                sb.append(q.charAt(i));
            }
        }
        return sb.toString();
    }

    private static boolean isDigits(String q) {
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String q) {
        for (int i = 0; i < q.length(); i++) {
            if (q.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }
}
