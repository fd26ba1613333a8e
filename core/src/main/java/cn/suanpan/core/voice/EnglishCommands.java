package cn.suanpan.core.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** English commands: "add two cola", "set cola to three", "pay by code". */
final class EnglishCommands extends CommandLanguage {

    static final EnglishCommands INSTANCE = new EnglishCommands();

    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty");
    private static final List<String> UNIT_SINGULAR = List.of("bottle", "can", "bag", "pack", "box", "piece");
    private static final List<String> UNIT_PLURAL = List.of("bottles", "cans", "bags", "packs", "boxes", "pieces");
    private static final Set<String> UNITS;
    private static final Set<String> FILLERS = Set.of("the", "please", "uh", "um");
    /** Size and pack words of English product names, meaningless without their numbers. */
    private static final Set<String> SIZE_WORDS = Set.of("ml", "l", "g", "kg", "pcs", "pc", "x", "mm", "m");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{Nd}'\\[\\]]+");
    private static final Pattern DIGITS = Pattern.compile("\\d{1,2}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    static {
        Set<String> units = new LinkedHashSet<>(UNIT_SINGULAR);
        units.addAll(UNIT_PLURAL);
        UNITS = Set.copyOf(units);
    }

    private final List<CommandPattern> patterns = List.of(
            new CommandPattern("add #N? #U? of? #P", c -> new Intent.AddItem(c.sku(), c.quantity())),
            new CommandPattern("#N #U? of? #P", c -> new Intent.AddItem(c.sku(), c.quantity())),
            // "to cola" can only be "two cola": the recognizer cannot tell the two words apart;
            // and "three" often comes out as "free" (the grammar has it from "lactose free milk")
            new CommandPattern("add? to|too #U? of? #P", c -> new Intent.AddItem(c.sku(), 2)),
            new CommandPattern("add? free #U? of? #P", c -> new Intent.AddItem(c.sku(), 3)),
            // a short "add" is often heard as "of" or "a": a stray word before a number and a product is taken for it
            new CommandPattern("~ #N #U? of? #P", c -> new Intent.AddItem(c.sku(), c.quantity())),
            new CommandPattern("remove|delete #P", c -> new Intent.RemoveItem(c.sku())),
            new CommandPattern("set|change #P to #N #U?", c -> new Intent.SetQuantity(c.sku(), c.quantity())),
            new CommandPattern("undo last|that?", c -> new Intent.Undo()),
            new CommandPattern("sub? total|subtotal", c -> new Intent.Total()),
            new CommandPattern("pay by|with|in? cash", c -> new Intent.Pay(PayMethod.CASH)),
            new CommandPattern("pay by|with? payment? code", c -> new Intent.Pay(PayMethod.CODE)),
            new CommandPattern("pay by|with|as? member", c -> new Intent.Pay(PayMethod.MEMBER)),
            new CommandPattern("cancel|void sale", c -> new Intent.CancelSale()),
            new CommandPattern("hold|park|suspend sale?", c -> new Intent.Hold()),
            // a short "hold" is mostly heard as "bowl", which names nothing on its own (the
            // grammar knows it from "beef noodle bowl"): taken for what it sounds like
            new CommandPattern("bowl sale?", c -> new Intent.Hold()),
            new CommandPattern("recall sale?", c -> new Intent.Recall()),
            new CommandPattern("reprint last? receipt?", c -> new Intent.Reprint()),
            new CommandPattern("open cash? drawer", c -> new Intent.OpenDrawer()),
            new CommandPattern("help", c -> new Intent.Help()),
            // naming the product alone adds one, as a cashier says it ("cola"); the recognizer
            // also drops a short "add" or hears it as "of". Such a reading is loose: it acts
            // alone only as the recognizer's first choice, and another reading that does
            // something else with the product ("set cola", "eight cola") outweighs it
            // (VoiceGrammar.understand)
            new CommandPattern("of? #P", c -> new Intent.AddItem(c.sku(), 1), true));

    /** Each command once, as the grammar teaches it; the variants share the command's weight. */
    private static final List<List<String>> PLAIN_SENTENCES = List.of(
            List.of("undo"), List.of("total"), List.of("sub total"),
            List.of("pay cash", "pay by cash", "pay with cash"),
            List.of("pay by code", "pay code", "pay with code"),
            List.of("pay by member", "pay member", "pay with member"),
            List.of("cancel sale", "cancel the sale"),
            List.of("hold", "hold the sale", "park the sale", "hold sale", "suspend the sale"),
            List.of("recall", "recall sale"),
            List.of("reprint", "reprint receipt", "reprint last receipt", "reprint the last receipt"),
            List.of("open drawer", "open the drawer", "open cash drawer"),
            List.of("help"));

    private EnglishCommands() {
    }

    @Override
    List<String> split(String text, Set<String> lexicon) {
        String clean = NOT_A_WORD.matcher(text.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll(" ").trim();
        return clean.isEmpty() ? List.of() : Arrays.asList(clean.split(" "));
    }

    @Override
    String join(List<String> words) {
        return String.join(" ", words);
    }

    @Override
    OptionalInt number(String word) {
        int i = NUMBERS.indexOf(word);
        if (i >= 0) {
            return OptionalInt.of(i + 1);
        }
        if (word.equals("a") || word.equals("an")) {
            return OptionalInt.of(1);
        }
        if (DIGITS.matcher(word).matches() && Integer.parseInt(word) > 0) {
            return OptionalInt.of(Integer.parseInt(word));
        }
        return OptionalInt.empty();
    }

    @Override
    List<String> numberWords() {
        return NUMBERS;
    }

    @Override
    Set<String> units() {
        return UNITS;
    }

    @Override
    Set<String> fillers() {
        return FILLERS;
    }

    @Override
    List<CommandPattern> patterns() {
        return patterns;
    }

    @Override
    List<String> primaryPhrases(VoiceProduct product) {
        List<String> phrases = new ArrayList<>();
        if (product.voiceAlias() != null) {
            // several aliases may be given as "cola|coke"
            for (String alias : product.voiceAlias().split("[|;]")) {
                String phrase = normalize(alias);
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }

    @Override
    List<String> secondaryPhrases(VoiceProduct product) {
        if (product.nameEn() == null) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : split(normalize(product.nameEn()), Set.of())) {
            if (!HAS_DIGIT.matcher(w).matches() && !SIZE_WORDS.contains(w)) {
                words.add(w);
            }
        }
        // long names are not what anyone says at the till, and they crowd the grammar
        return words.isEmpty() || words.size() > 3 ? List.of() : List.of(join(words));
    }

    private String normalize(String phrase) {
        return join(split(phrase.replace('-', ' '), Set.of()));
    }

    @Override
    List<List<String>> sentences(List<List<String>> products, int weight) {
        List<List<String>> out = new ArrayList<>();
        // the recognizer's language model has no sentence-start state of its own: a word is as
        // likely to begin an utterance as it is frequent overall, so "add" and the numbers must
        // be frequent, and every number must be followed by every product equally often
        for (String n : NUMBERS) {
            for (List<String> p : products) {
                out.add(concat(List.of(n), p));
                out.add(concat(List.of("add", n), p));
            }
        }
        for (int i = 0; i < products.size(); i++) {
            List<String> p = products.get(i);
            out.add(p);
            String article = article(p.getFirst());
            out.add(concat(List.of(article), p));
            out.add(concat(List.of("add"), p));
            out.add(concat(List.of("add", article), p));
            out.add(concat(List.of("remove"), p));
            out.add(concat(List.of("delete"), p));
            String n = NUMBERS.get(i % NUMBERS.size());
            int u = (i / NUMBERS.size()) % UNIT_SINGULAR.size();
            out.add(concat(List.of(n, (n.equals("one") ? UNIT_SINGULAR : UNIT_PLURAL).get(u), "of"), p));
            // several numbers each, so that "to" after a product is not much rarer than the end of the sentence
            for (int k = 0; k < 4; k++) {
                out.add(concat(concat(List.of("set"), p), List.of("to", NUMBERS.get((i + 5 * k) % NUMBERS.size()))));
            }
            out.add(concat(concat(List.of("change"), p), List.of("to", NUMBERS.get((i + 7) % NUMBERS.size()))));
        }
        for (List<String> variants : PLAIN_SENTENCES) {
            // the first, shortest wording gets half the weight, the others share the rest; a
            // command of one word carries the least sound to tell it by, so it weighs twice
            int w = variants.getFirst().indexOf(' ') < 0 ? 2 * weight : weight;
            for (int i = 0; i < w; i++) {
                String sentence = i % 2 == 0 || variants.size() == 1 ? variants.getFirst() : variants.get(1 + (i / 2) % (variants.size() - 1));
                out.add(Arrays.asList(sentence.split(" ")));
            }
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }

    @Override
    List<String> plainExamples() {
        return List.of("undo", "total", "pay cash", "pay by code", "pay by member", "cancel sale", "hold", "park the sale", "recall",
                "reprint last receipt", "open drawer", "help");
    }

    @Override
    List<String> productExamples(String productPhrase) {
        return List.of("add two " + productPhrase, "remove " + productPhrase, "set " + productPhrase + " to three");
    }

    @Override
    boolean isArticle(String word) {
        return word.equals("a") || word.equals("an");
    }

    /** The article the grammar puts before a product phrase: by its first letter, as the sentences are built. */
    private static String article(String firstWord) {
        return "aeiou".indexOf(firstWord.charAt(0)) >= 0 ? "an" : "a";
    }

    @Override
    boolean articleMisfits(String article, String productPhrase) {
        return isArticle(article) && !productPhrase.isEmpty() && !article.equals(article(productPhrase));
    }

    /** The phrase with its last word in the singular or plural: noodles and noodle, chip and chips. */
    @Override
    List<String> variants(String phrase) {
        int space = phrase.lastIndexOf(' ');
        String head = phrase.substring(0, space + 1);
        String last = phrase.substring(space + 1);
        if (last.length() < 3) {
            return List.of();
        }
        if (last.endsWith("es") && last.length() > 4 && (last.endsWith("ches") || last.endsWith("shes") || last.endsWith("xes"))) {
            return List.of(head + last.substring(0, last.length() - 2));
        }
        if (last.endsWith("s") && !last.endsWith("ss")) {
            return List.of(head + last.substring(0, last.length() - 1));
        }
        return List.of(head + last + (last.endsWith("ch") || last.endsWith("sh") || last.endsWith("x") ? "es" : "s"));
    }

    @Override
    List<String> phraseWords(String phrase) {
        return Arrays.asList(phrase.split(" "));
    }
}
