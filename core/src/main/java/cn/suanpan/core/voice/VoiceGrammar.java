package cn.suanpan.core.voice;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The spoken commands of a terminal, built from its catalog: the phrases that constrain the
 * speech recognizer, and the parser that turns what it heard into an {@link Intent}.
 *
 * <p>Products are named by their voice alias (and, when no other product shares it, a short
 * form of their name). Phrases with a word the speech model does not know are left out of
 * the recognizer's grammar and listed by {@link #unspeakable()}: the owner should give those
 * products another alias. Rebuild the grammar when the catalog changes.
 */
public final class VoiceGrammar {

    /**
     * Below this confidence (the probability of the readings that mean the command) a command
     * that does something is treated as not understood. Tuned with scripts/bench-voice.sh.
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 0.4;
    /**
     * Of the readings that mean some command, the share that must mean the chosen one: "add
     * fifteen cola" against "add eighteen cola" is a doubt, not a choice.
     */
    public static final double DEFAULT_MIN_AGREEMENT = 0.9;
    /**
     * The least word confidence the words naming the product and the number of a command
     * must have (a misheard product or a lost number would do the wrong thing, which is worse
     * than doing nothing); 0 checks nothing. Off by default: on the accuracy benchmark, with the
     * other rules in place, it caught at most one more wrong action in 360 noisy utterances
     * for two points of clean accuracy, and it needs a second decoder (docs/VOICE.md).
     */
    public static final double DEFAULT_MIN_SLOT_CONFIDENCE = 0;
    public static final String DEFAULT_WAKE_WORD = "cashier";

    private final VoiceLanguage language;
    private final CommandLanguage commands;
    private final Map<List<String>, String> products;
    private final Map<String, String> primaryPhrases;
    private final Set<String> lexicon;
    private final Set<String> commandWords;
    private final int longestPhrase;
    private final List<String> phrases;
    private final List<String> unspeakable;
    private final double minConfidence;
    private final double minAgreement;
    private final double minSlotConfidence;
    private final String wakeWord;

    private VoiceGrammar(Builder b) {
        this.language = b.language;
        this.commands = b.language.commands();
        this.minConfidence = b.minConfidence;
        this.minAgreement = b.minAgreement;
        this.minSlotConfidence = b.minSlotConfidence;
        this.wakeWord = b.wakeWord;

        Map<String, Set<String>> primary = new LinkedHashMap<>();
        Map<String, Set<String>> secondary = new LinkedHashMap<>();
        for (VoiceProduct p : b.products) {
            for (String phrase : commands.primaryPhrases(p)) {
                primary.computeIfAbsent(phrase, k -> new LinkedHashSet<>()).add(p.sku());
            }
            for (String phrase : commands.secondaryPhrases(p)) {
                secondary.computeIfAbsent(phrase, k -> new LinkedHashSet<>()).add(p.sku());
            }
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, String> firstChoice = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        primary.forEach((phrase, skus) -> {
            if (skus.size() == 1) {
                chosen.put(phrase, skus.iterator().next());
                firstChoice.put(phrase, skus.iterator().next());
            } else {
                problems.add(phrase + " (" + String.join(", ", skus) + ")");
            }
        });
        // a second name shared by two products (可口可乐 for 500ml and 2L) would pick one at random: leave it out
        secondary.forEach((phrase, skus) -> {
            if (skus.size() == 1 && !primary.containsKey(phrase)) {
                chosen.putIfAbsent(phrase, skus.iterator().next());
            }
        });

        Map<List<String>, String> index = new HashMap<>();
        Set<String> lex = new HashSet<>(commands.commandWords());
        lex.addAll(commands.units());
        lex.addAll(commands.fillers());
        int longest = 1;
        List<List<String>> speakable = new ArrayList<>();
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            List<String> words = commands.phraseWords(e.getKey());
            index.put(List.copyOf(words), e.getValue());
            lex.add(e.getKey());
            longest = Math.max(longest, words.size());
            List<String> rendered = render(words, b.knownWord);
            if (rendered != null) {
                speakable.add(words);
            } else if (firstChoice.containsKey(e.getKey())) {
                problems.add(e.getKey() + " (" + e.getValue() + ")");
            }
        }
        // singular and plural forms, when they name no other product and no two products share one
        Map<List<String>, Set<String>> variants = new HashMap<>();
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            for (String v : commands.variants(e.getKey())) {
                List<String> words = List.copyOf(commands.phraseWords(v));
                if (!index.containsKey(words) && !primary.containsKey(v) && !secondary.containsKey(v)) {
                    variants.computeIfAbsent(words, k -> new HashSet<>()).add(e.getValue());
                }
            }
        }
        variants.forEach((words, skus) -> {
            if (skus.size() == 1) {
                index.put(words, skus.iterator().next());
            }
        });
        if (wakeWord != null) {
            lex.add(wakeWord);
        }
        this.products = Map.copyOf(index);
        this.primaryPhrases = Map.copyOf(firstChoice);
        this.lexicon = Set.copyOf(lex);
        this.commandWords = commands.leadingWords();
        this.longestPhrase = longest;
        this.unspeakable = List.copyOf(problems);

        int weight = b.commandWeight > 0 ? b.commandWeight : Math.max(20, speakable.size());
        int unknownWeight = b.unknownWeight > 0 ? b.unknownWeight : weight;
        List<List<String>> sentences = new ArrayList<>(commands.sentences(speakable, weight));
        sentences.addAll(commands.unknownSentences(unknownWeight));
        List<String> out = new ArrayList<>();
        Set<String> firstWords = new LinkedHashSet<>();
        for (List<String> sentence : sentences) {
            List<String> rendered = render(sentence, b.knownWord);
            if (rendered != null) {
                out.add(String.join(" ", rendered));
                firstWords.add(rendered.getFirst());
            }
        }
        if (wakeWord != null && b.knownWord.test(wakeWord)) {
            for (int i = 0; i < weight; i++) {
                out.add(wakeWord);
            }
            for (String first : firstWords) {
                if (!first.equals("[unk]")) {
                    out.add(wakeWord + " " + first);
                }
            }
        }
        this.phrases = List.copyOf(out);
    }

    /** The words as the model knows them, or null when one of them cannot be said to this model. */
    private List<String> render(List<String> words, Predicate<String> knownWord) {
        List<String> out = new ArrayList<>();
        for (String w : words) {
            if (w.equals("[unk]") || knownWord.test(w)) {
                out.add(w);
            } else if (language == VoiceLanguage.CHINESE && w.codePoints().allMatch(c -> knownWord.test(Character.toString(c)))) {
                // Chinese models know single characters; a recognised "可 口 可 乐" is joined back when parsed
                w.codePoints().forEach(c -> out.add(Character.toString(c)));
            } else {
                return null;
            }
        }
        return out;
    }

    public static Builder builder(VoiceLanguage language) {
        return new Builder(language);
    }

    public VoiceLanguage language() {
        return language;
    }

    /**
     * The sentences for the recognizer (a Vosk grammar): it learns word-pair probabilities
     * from them, so a sentence may repeat to give its command more weight. Includes
     * {@code [unk]}, which absorbs speech outside the grammar.
     */
    public List<String> phrases() {
        return phrases;
    }

    /** Each product's own phrase (its voice alias, or its name in Chinese) and its SKU, as used in the examples. */
    public Map<String, String> productPhrases() {
        return new TreeMap<>(primaryPhrases);
    }

    /** Product phrases that cannot be recognised: words the model does not know, or shared by several products. */
    public List<String> unspeakable() {
        return unspeakable;
    }

    public double minConfidence() {
        return minConfidence;
    }

    /** The least word confidence of a command's product and number words, see {@link #understand(List, List)}. */
    public double minSlotConfidence() {
        return minSlotConfidence;
    }

    /** The word that starts a command in hands-free mode, or null when there is none. */
    public String wakeWord() {
        return wakeWord;
    }

    /** What the text asks for, regardless of how sure the recognizer was. */
    public Intent parse(String text) {
        Objects.requireNonNull(text);
        List<Token> tokens = commands.tokens(withoutWakeWord(text), products, lexicon, longestPhrase);
        Intent intent = match(tokens, false);
        return intent != null ? intent : unknown(text, tokens);
    }

    /** The intent a loose reading ("cola", "of cola") would support, or null. */
    private Intent supported(String text) {
        // "the ion drink" is more likely "nine ion drink" with the number lost than a product
        // named alone: a loose reading with a filler word where a number could be supports nothing
        String rest = withoutWakeWord(text);
        if (commands.split(rest, lexicon).stream().anyMatch(commands.fillers()::contains)) {
            return null;
        }
        return match(commands.tokens(rest, products, lexicon, longestPhrase), true);
    }

    private Intent match(List<Token> tokens, boolean supporting) {
        if (tokens.isEmpty()) {
            return null;
        }
        for (CommandPattern pattern : commands.patterns()) {
            if (pattern.supporting() == supporting) {
                Intent intent = pattern.match(tokens, commandWords);
                if (intent != null) {
                    return intent;
                }
            }
        }
        return null;
    }

    /**
     * What the text asks for, when the recognizer was sure enough: a command that does
     * something heard with a word confidence under {@link #minConfidence()} becomes
     * {@link Intent.Unknown}, which changes nothing. Showing the total or the help is harmless
     * and always allowed.
     */
    public Intent understand(String text, double confidence) {
        Intent intent = parse(text);
        if (!harmless(intent) && confidence < minConfidence) {
            return unknown(text, commands.tokens(withoutWakeWord(text), products, lexicon, longestPhrase));
        }
        return intent;
    }

    /**
     * What the recognizer's n best readings mean. Readings that mean the same intent pool their
     * probability ("add two cola" and "[unk] two cola" agree); the intent with the most wins,
     * and acts only when that sum reaches {@link #minConfidence()} (showing the total or the
     * help always may). Readings that parse to nothing keep their share, so a garbled
     * utterance ends as {@link Intent.Unknown}, which changes nothing.
     */
    public Understanding understand(List<Hypothesis> hypotheses) {
        if (hypotheses.isEmpty()) {
            return new Understanding("", unknown("", List.of()), 0);
        }
        Map<Intent, Double> mass = new LinkedHashMap<>();
        Map<Intent, String> firstText = new HashMap<>();
        List<Hypothesis> loose = new ArrayList<>();
        for (Hypothesis h : hypotheses) {
            Intent intent = parse(h.text());
            if (intent.type() != IntentType.UNKNOWN) {
                mass.merge(intent, h.probability(), Double::sum);
                firstText.putIfAbsent(intent, h.text());
            } else {
                loose.add(h);
            }
        }
        // a loose reading ("cola", "of cola") counts for the add it names unless another reading
        // does something else with that product: then it may have lost a "set" or a number. It
        // backs up an add that a full reading says; alone it acts only as the recognizer's first
        // choice and with nothing unrecognised in it ("[unk] cola" is more likely a remark)
        Map<Intent, Double> named = new LinkedHashMap<>();
        Intent firstChoice = null;
        for (Hypothesis h : loose) {
            Intent supported = supported(h.text());
            if (supported == null || !undisputed(supported, h, hypotheses)) {
                continue;
            }
            if (mass.containsKey(supported)) {
                mass.merge(supported, h.probability(), Double::sum);
            } else if (!h.text().contains("[unk]")) {
                named.merge(supported, h.probability(), Double::sum);
                firstText.putIfAbsent(supported, h.text());
                if (h == hypotheses.getFirst()) {
                    firstChoice = supported;
                }
            }
        }
        // a product named alone is the loosest command: alone it acts only when nearly all of
        // the readings say it ("herbal toothpaste" against an [unk] of 0.29 was a remark)
        if (firstChoice != null && named.get(firstChoice) >= minAgreement) {
            mass.put(firstChoice, named.get(firstChoice));
        }
        String top = hypotheses.getFirst().text();
        Intent best = null;
        for (Map.Entry<Intent, Double> e : mass.entrySet()) {
            if (best == null || e.getValue() > mass.get(best)) {
                best = e.getKey();
            }
        }
        if (best == null) {
            return new Understanding(top, parse(top), hypotheses.getFirst().probability());
        }
        if (lostNumber(best, hypotheses)) {
            return new Understanding(top, unknown(top, commands.tokens(withoutWakeWord(top), products, lexicon, longestPhrase)),
                    mass.get(best));
        }
        double confidence = Math.min(1.0, mass.get(best));
        double meaningful = mass.values().stream().mapToDouble(Double::doubleValue).sum();
        double agreement = mass.get(best) / meaningful;
        if (!harmless(best) && (confidence < minConfidence || agreement < minAgreement)) {
            return new Understanding(top, unknown(top, commands.tokens(withoutWakeWord(top), products, lexicon, longestPhrase)), confidence);
        }
        return new Understanding(firstText.get(best), best, confidence);
    }

    /**
     * What the readings mean ({@link #understand(List)}), checked against the recognizer's
     * own best reading word by word: a command that names a product or a number acts only
     * when each of those words is in {@code words} with a confidence of at least
     * {@link #minSlotConfidence()}. Otherwise nothing happens and the closest commands are
     * offered, as for anything not understood. Without words (a recognizer that gives none)
     * there is nothing to check.
     */
    public Understanding understand(List<Hypothesis> hypotheses, List<HeardWord> words) {
        Understanding u = understand(hypotheses);
        if (words.isEmpty() || !hasSlots(u.intent())) {
            return u;
        }
        if (slotConfidence(u.text(), words) >= minSlotConfidence) {
            return u;
        }
        String top = hypotheses.getFirst().text();
        return new Understanding(top, unknown(top, commands.tokens(withoutWakeWord(top), products, lexicon, longestPhrase)), u.confidence());
    }

    private static boolean hasSlots(Intent intent) {
        return intent instanceof Intent.AddItem || intent instanceof Intent.RemoveItem || intent instanceof Intent.SetQuantity;
    }

    /**
     * The least confidence of the words that name a product or a number in {@code reading},
     * found in the same order in {@code words}; 0 when one of them is not there at all (the
     * recognizer's best reading did not hear it).
     */
    double slotConfidence(String reading, List<HeardWord> words) {
        List<String> heard = new ArrayList<>();
        List<Double> confidence = new ArrayList<>();
        for (HeardWord w : words) {
            for (String unit : units(withoutWakeWord(w.word()))) {
                heard.add(unit);
                confidence.add(w.confidence());
            }
        }
        double least = 1;
        for (Token t : commands.tokens(withoutWakeWord(reading), products, lexicon, longestPhrase)) {
            if (t instanceof Token.Product || t instanceof Token.Number) {
                least = Math.min(least, found(units(t.text()), heard, confidence));
            }
        }
        return least;
    }

    /** Words, or characters for Chinese, where a recognised "可 口 可 乐" and 可口可乐 must compare equal. */
    private List<String> units(String text) {
        if (language == VoiceLanguage.CHINESE) {
            return text.codePoints().filter(c -> !Character.isWhitespace(c)).mapToObj(Character::toString).toList();
        }
        return commands.split(text, lexicon);
    }

    /** The best least confidence over the places where {@code slot} occurs in {@code heard}; 0 if nowhere. */
    private static double found(List<String> slot, List<String> heard, List<Double> confidence) {
        double best = 0;
        for (int i = 0; i + slot.size() <= heard.size(); i++) {
            if (heard.subList(i, i + slot.size()).equals(slot)) {
                double least = 1;
                for (int k = i; k < i + slot.size(); k++) {
                    least = Math.min(least, confidence.get(k));
                }
                best = Math.max(best, least);
            }
        }
        return best;
    }

    /**
     * Whether a loose reading ("cola") can only have meant {@code intent}: every other reading
     * that names the same product means that intent too, or is as loose. "cola" beside
     * "set cola" or "eight cola" might have lost a "set" or a number, and supports nothing.
     */
    private boolean undisputed(Intent intent, Hypothesis loose, List<Hypothesis> all) {
        String sku = ((Intent.AddItem) intent).sku();
        for (Hypothesis other : all) {
            if (other == loose) {
                continue;
            }
            List<Token> tokens = commands.tokens(withoutWakeWord(other.text()), products, lexicon, longestPhrase);
            boolean names = tokens.stream().anyMatch(t -> t instanceof Token.Product p && p.sku().equals(sku));
            if (names && !intent.equals(match(tokens, false)) && !intent.equals(match(tokens, true))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether adding one of a product is doubtful because a reading has an article that cannot
     * stand before it ("an mandarin" beside "add mandarin" for "ten mandarin"): the grammar
     * never pairs them, so the recognizer more likely lost a number there. Adding one when
     * many were meant is a wrong action; not acting costs the cashier a repeat.
     */
    private boolean lostNumber(Intent intent, List<Hypothesis> hypotheses) {
        if (!(intent instanceof Intent.AddItem add) || add.quantity() != 1) {
            return false;
        }
        for (Hypothesis h : hypotheses) {
            Token previous = null;
            for (Token t : commands.tokens(withoutWakeWord(h.text()), products, lexicon, longestPhrase)) {
                if (t instanceof Token.Product p && p.sku().equals(add.sku()) && previous instanceof Token.Number n
                        && commands.articleMisfits(n.text(), p.text())) {
                    return true;
                }
                previous = t;
            }
        }
        return false;
    }

    private static boolean harmless(Intent intent) {
        return intent.type() == IntentType.TOTAL || intent.type() == IntentType.HELP || intent.type() == IntentType.UNKNOWN;
    }

    /** The three commands whose text comes closest to {@code text}. */
    public List<String> closest(String text) {
        return closest(text, commands.tokens(withoutWakeWord(text), products, lexicon, longestPhrase));
    }

    private Intent.Unknown unknown(String text, List<Token> tokens) {
        return new Intent.Unknown(text, closest(text, tokens));
    }

    private List<String> closest(String text, List<Token> tokens) {
        String heard = commands.join(commands.split(withoutWakeWord(text).replace("[unk]", " "), lexicon));
        List<String> candidates = new ArrayList<>(commands.plainExamples());
        Set<String> mentioned = new LinkedHashSet<>();
        for (Token t : tokens) {
            if (t instanceof Token.Product p) {
                mentioned.add(p.text());
            }
        }
        for (String phrase : mentioned.isEmpty() ? primaryPhrases.keySet() : mentioned) {
            candidates.addAll(commands.productExamples(phrase));
        }
        // edits per character of the longer text, so that "pay" is nearer "pay cash" than "undo";
        // candidates are in order of preference and the stable sort keeps that order among equals
        Map<String, Double> distance = new LinkedHashMap<>();
        for (String c : candidates) {
            distance.putIfAbsent(c, EditDistance.between(heard, c) / (double) Math.max(1, Math.max(heard.length(), c.length())));
        }
        return distance.keySet().stream().sorted(Comparator.comparingDouble(distance::get)).limit(3).toList();
    }

    private String withoutWakeWord(String text) {
        if (wakeWord == null) {
            return text;
        }
        String t = text.strip();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals(wakeWord)) {
            return "";
        }
        String prefix = language == VoiceLanguage.CHINESE ? wakeWord : wakeWord + " ";
        return lower.startsWith(prefix) ? t.substring(prefix.length()) : t;
    }

    public static final class Builder {
        private final VoiceLanguage language;
        private final List<VoiceProduct> products = new ArrayList<>();
        private Predicate<String> knownWord = w -> true;
        private double minConfidence = DEFAULT_MIN_CONFIDENCE;
        private double minAgreement = DEFAULT_MIN_AGREEMENT;
        private double minSlotConfidence = DEFAULT_MIN_SLOT_CONFIDENCE;
        private String wakeWord;
        private int commandWeight;
        private int unknownWeight;

        private Builder(VoiceLanguage language) {
            this.language = Objects.requireNonNull(language);
        }

        public Builder product(VoiceProduct product) {
            products.add(product);
            return this;
        }

        public Builder products(Collection<VoiceProduct> list) {
            products.addAll(list);
            return this;
        }

        /** Which words the speech model can recognise; phrases with other words are left out of the grammar. */
        public Builder knownWords(Predicate<String> known) {
            this.knownWord = Objects.requireNonNull(known);
            return this;
        }

        public Builder minConfidence(double min) {
            this.minConfidence = min;
            return this;
        }

        /** Of the readings that mean some command, the share that must mean the chosen one (0 to 1). */
        public Builder minAgreement(double min) {
            this.minAgreement = min;
            return this;
        }

        /** The least word confidence of a command's product and number words (0 to 1; 0 checks nothing). */
        public Builder minSlotConfidence(double min) {
            this.minSlotConfidence = min;
            return this;
        }

        /** Adds a wake word for hands-free listening; it is stripped from the front of what was heard. */
        public Builder wakeWord(String word) {
            this.wakeWord = word == null || word.isBlank() ? null : word.strip().toLowerCase(java.util.Locale.ROOT);
            return this;
        }

        /**
         * How often each command without a product is repeated in the grammar, so that it
         * weighs about as much as a product command; 0 (the default) takes the number of
         * product phrases.
         */
        public Builder commandWeight(int weight) {
            this.commandWeight = weight;
            return this;
        }

        /** How often {@code [unk]} alone is in the grammar; 0 (the default) takes the command weight. */
        public Builder unknownWeight(int weight) {
            this.unknownWeight = weight;
            return this;
        }

        public VoiceGrammar build() {
            return new VoiceGrammar(this);
        }
    }
}
