package cn.suanpan.core.catalog.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of one text of every product (name words, their pinyin, their initials,
 * English words), each with the ordinals of the products that use it.
 *
 * <p>Why words: a catalog has far fewer distinct words than products (brands, product
 * words, flavours and sizes repeat), so a query is first matched against the distinct words
 * (a few megabytes of packed text even for a million products, searched by substring), and
 * then only the products holding a matching word are visited. A scan of the products' texts
 * would read well over 100 MB per keystroke at a million products.
 *
 * <p>Each word's products are kept in order of their {@link Rank} (name length, unlisted
 * products last), the order in which search ranks them, so that a search can stop reading a
 * list of a frequent word (tens of thousands of products for 牛奶) as soon as the remaining
 * products are too long to make the results. Products whose whole text is the word (the
 * product 可乐 for the word 可乐) are kept in a second, usually empty, list: they are the
 * exact matches, which rank before all others whatever their length.
 *
 * <p>Not thread-safe; {@link CatalogIndex} guards it. Words whose last product went away
 * stay in the dictionary with an empty list: harmless, and reused if the word comes back.
 */
final class WordIndex {

    /** Receives the products of a matching word that share one kind of match, best rank first. */
    interface Visitor {
        void visit(int[] ordinals, int count, MatchKind kind);
    }

    /** The sort key of a product in every list: small, with unlisted products at {@link #MAX_RANK}. */
    interface Rank {
        int of(int ordinal);
    }

    static final int MAX_RANK = 255;
    private static final int CHUNK = 4096;
    private static final int SMALL = 32;
    private static final int[] NONE = new int[0];

    private final Rank rank;
    /** Word id + 1 by hash of the word, open addressing; 0 is empty. */
    private int[] table = new int[1024];
    private int[] tableHashes = new int[1024];
    private String[] byId = new String[512];
    /** The words, CHUNK to a packed text; word id = chunk * CHUNK + slot. */
    private final List<PackedText> chunks = new ArrayList<>();
    /** Words added since the chunks were last rebuilt. */
    private final List<String> unsealed = new ArrayList<>();
    /** Per word id: products having the word in a text of several words or characters. */
    private final Postings part = new Postings();
    /** Per word id: products whose whole text is the word. */
    private final Postings whole = new Postings();
    private int words;
    /** While building, lists are appended to and sorted once at the end ({@link #finishBuild}). */
    private boolean sorted = true;

    WordIndex(Rank rank) {
        this.rank = rank;
    }

    /** Lists of ordinals by word id. */
    private static final class Postings {
        int[][] lists = new int[1024][];
        int[] sizes = new int[1024];

        void ensure(int id) {
            if (id >= lists.length) {
                lists = Arrays.copyOf(lists, Math.max(id + 1, lists.length * 2));
                sizes = Arrays.copyOf(sizes, lists.length);
            }
            if (lists[id] == null) {
                lists[id] = NONE;
            }
        }
    }

    String word(int id) {
        return byId[id];
    }

    /** The id of {@code word}, entered in the dictionary if new. */
    int id(String word) {
        return id(word, 0, word.length());
    }

    /**
     * The id of the word {@code text[from, to)}, entered in the dictionary if new. Looked up
     * in place, so that indexing a name makes no string per word it already knows.
     */
    int id(String text, int from, int to) {
        int h = hash(text, from, to);
        int mask = table.length - 1;
        int i = h & mask;
        for (; table[i] != 0; i = (i + 1) & mask) {
            if (tableHashes[i] == h && sameWord(byId[table[i] - 1], text, from, to)) {
                return table[i] - 1;
            }
        }
        int n = words++;
        String word = text.substring(from, to);
        if (n == byId.length) {
            byId = Arrays.copyOf(byId, n * 2);
        }
        byId[n] = word;
        table[i] = n + 1;
        tableHashes[i] = h;
        if (words * 2 > table.length) {
            rehash();
        }
        unsealed.add(word);
        part.ensure(n);
        whole.ensure(n);
        return n;
    }

    /** The id of the word {@code text[from, to)}, or -1 if it is not in the dictionary. */
    int find(String text, int from, int to) {
        int h = hash(text, from, to);
        int mask = table.length - 1;
        for (int i = h & mask; table[i] != 0; i = (i + 1) & mask) {
            if (tableHashes[i] == h && sameWord(byId[table[i] - 1], text, from, to)) {
                return table[i] - 1;
            }
        }
        return -1;
    }

    private static boolean sameWord(String word, String text, int from, int to) {
        return word.length() == to - from && text.startsWith(word, from);
    }

    private static int hash(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + text.charAt(i);
        }
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private void rehash() {
        int[] grown = new int[table.length * 2];
        int[] grownHashes = new int[grown.length];
        int mask = grown.length - 1;
        for (int j = 0; j < table.length; j++) {
            if (table[j] != 0) {
                int i = tableHashes[j] & mask;
                while (grown[i] != 0) {
                    i = (i + 1) & mask;
                }
                grown[i] = table[j];
                grownHashes[i] = tableHashes[j];
            }
        }
        table = grown;
        tableHashes = grownHashes;
    }

    /** {@code wholeText}: the product's whole text is this word. */
    void add(int id, int ordinal, boolean wholeText) {
        Postings p = wholeText ? whole : part;
        int[] list = p.lists[id];
        int n = p.sizes[id];
        if (n == list.length) {
            list = Arrays.copyOf(list, n + Math.max(2, n >> 1));
            p.lists[id] = list;
        }
        int at = n;
        if (sorted) {
            // after the last product of the same or a smaller rank
            int r = rank.of(ordinal);
            int low = 0;
            int high = n;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (rank.of(list[mid]) <= r) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            at = low;
            System.arraycopy(list, at, list, at + 1, n - at);
        }
        list[at] = ordinal;
        p.sizes[id] = n + 1;
    }

    /** Forgets that product {@code ordinal} has the word {@code text[from, to)}. */
    void remove(String text, int from, int to, int ordinal) {
        int id = find(text, from, to);
        if (id >= 0 && !remove(part, id, ordinal)) {
            remove(whole, id, ordinal);
        }
    }

    private static boolean remove(Postings p, int id, int ordinal) {
        int[] list = p.lists[id];
        int n = p.sizes[id];
        for (int i = 0; i < n; i++) {
            if (list[i] == ordinal) {
                System.arraycopy(list, i + 1, list, i, n - i - 1);
                p.sizes[id] = n - 1;
                return true;
            }
        }
        return false;
    }

    /** Makes words added since the last call searchable; call after a batch of changes. */
    void seal() {
        if (unsealed.isEmpty()) {
            return;
        }
        List<String> pending = new ArrayList<>();
        if (!chunks.isEmpty() && chunks.getLast().count < CHUNK) {
            PackedText last = chunks.removeLast();
            for (int i = 0; i < last.count; i++) {
                pending.add(last.value(i));
            }
        }
        pending.addAll(unsealed);
        unsealed.clear();
        for (int from = 0; from < pending.size(); from += CHUNK) {
            List<String> part = pending.subList(from, Math.min(from + CHUNK, pending.size()));
            chunks.add(PackedText.of(part.toArray(String[]::new), part.size()));
        }
    }

    /** Starts a bulk build: until {@link #finishBuild}, products are appended unsorted. */
    void startBuild() {
        sorted = false;
    }

    /** Ends a bulk build: sorts every list by rank, gives back the slack of growing lists. */
    void finishBuild() {
        int[] counts = new int[MAX_RANK + 2];
        int[] buffer = new int[0];
        for (Postings p : List.of(part, whole)) {
            for (int id = 0; id < words; id++) {
                int n = p.sizes[id];
                int[] list = p.lists[id];
                if (n <= SMALL) {
                    insertionSort(list, n);
                } else {
                    if (buffer.length < n) {
                        buffer = new int[n];
                    }
                    countingSort(list, n, counts, buffer);
                }
                if (list.length > n) {
                    p.lists[id] = n == 0 ? NONE : Arrays.copyOf(list, n);
                }
            }
        }
        seal();
        sorted = true;
    }

    private void insertionSort(int[] list, int n) {
        for (int i = 1; i < n; i++) {
            int ordinal = list[i];
            int r = rank.of(ordinal);
            int j = i - 1;
            while (j >= 0 && rank.of(list[j]) > r) {
                list[j + 1] = list[j];
                j--;
            }
            list[j + 1] = ordinal;
        }
    }

    /** Stable, so products of equal rank keep their (mostly ascending) ordinal order. */
    private void countingSort(int[] list, int n, int[] counts, int[] buffer) {
        Arrays.fill(counts, 0);
        for (int i = 0; i < n; i++) {
            counts[rank.of(list[i]) + 1]++;
        }
        for (int r = 1; r < counts.length; r++) {
            counts[r] += counts[r - 1];
        }
        for (int i = 0; i < n; i++) {
            buffer[counts[rank.of(list[i])]++] = list[i];
        }
        System.arraycopy(buffer, 0, list, 0, n);
    }

    /**
     * Visits the products of every word containing {@code q}; with {@code prefixOnly}, of
     * every word starting with it. Exact and prefix matches come first, so that a caller's
     * list of best matches fills with them before the (usually many more) products of words
     * that merely contain {@code q} are seen. A product may be visited once per matching word.
     */
    void match(String q, boolean prefixOnly, Visitor visitor) {
        int[] inside = new int[16];
        int insideCount = 0;
        String needle = prefixOnly ? PackedText.SEP + q : q;
        int lead = needle.length() - q.length();
        for (int c = 0; c < chunks.size(); c++) {
            PackedText chunk = chunks.get(c);
            String s = chunk.text;
            int from = 0;
            while (true) {
                int pos = s.indexOf(needle, from);
                if (pos < 0) {
                    break;
                }
                int at = pos + lead;
                int slot = chunk.slotAt(at);
                int id = c * CHUNK + slot;
                if (at != chunk.start(slot)) {
                    if (insideCount == inside.length) {
                        inside = Arrays.copyOf(inside, insideCount * 2);
                    }
                    inside[insideCount++] = id;
                } else {
                    boolean equal = chunk.length(slot) == q.length();
                    visit(whole, id, equal ? MatchKind.EXACT : MatchKind.PREFIX, visitor);
                    visit(part, id, MatchKind.PREFIX, visitor);
                }
                from = chunk.end(slot);
            }
        }
        for (int i = 0; i < insideCount; i++) {
            visit(whole, inside[i], MatchKind.SUBSTRING, visitor);
            visit(part, inside[i], MatchKind.SUBSTRING, visitor);
        }
    }

    private static void visit(Postings p, int id, MatchKind kind, Visitor visitor) {
        if (p.sizes[id] > 0) {
            visitor.visit(p.lists[id], p.sizes[id], kind);
        }
    }
}
