package cn.suanpan.core.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The words and sentence shapes of the commands in one language: how to split what the
 * recognizer heard into words, the patterns that make intents of them, the sentences that
 * teach the recognizer what to expect, and the examples offered when nothing matched.
 */
abstract class CommandLanguage {

    /** Splits recognised (or typed) text into words; {@code lexicon} holds the multi-character words to keep whole. */
    abstract List<String> split(String text, Set<String> lexicon);

    /** Joins words back into text as the language writes it. */
    abstract String join(List<String> words);

    abstract OptionalInt number(String word);

    /** The number words to put in the grammar, 1 to 20. */
    abstract List<String> numberWords();

    abstract Set<String> units();

    /** Words that change nothing (please, the, 请): dropped before matching. */
    abstract Set<String> fillers();

    abstract List<CommandPattern> patterns();

    /** The words that start a command: none of them counts as a stray word. */
    final Set<String> leadingWords() {
        Set<String> words = new java.util.HashSet<>();
        for (CommandPattern p : patterns()) {
            // a loose reading's words ("of" in "of cola") start no command of their own
            if (!p.supporting()) {
                words.addAll(p.leadingWords());
            }
        }
        return Set.copyOf(words);
    }

    /** Every literal word of the patterns, which the splitter keeps whole. */
    final Set<String> commandWords() {
        Set<String> words = new java.util.HashSet<>();
        for (CommandPattern p : patterns()) {
            words.addAll(p.words());
        }
        return Set.copyOf(words);
    }

    /** The phrases a product is called by, in order of preference; the first ones win a clash. */
    abstract List<String> primaryPhrases(VoiceProduct product);

    /** Further names of the product, used only when no other product is called the same. */
    abstract List<String> secondaryPhrases(VoiceProduct product);

    /**
     * Sentences (as words) that teach the recognizer's language model the commands. The
     * recognizer estimates word-pair probabilities from them, so every product follows every
     * number once, and each kind of command gets about the same weight at the start.
     */
    abstract List<List<String>> sentences(List<List<String>> products, int weight);

    /** Sentences of {@code [unk]} alone: the weight of "none of the commands" against the commands. */
    final List<List<String>> unknownSentences(int weight) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < weight; i++) {
            out.add(List.of("[unk]"));
        }
        return out;
    }

    /** Complete commands about no product, the closest-command candidates. */
    abstract List<String> plainExamples();

    /** Commands about {@code productPhrase}, the closest-command candidates. */
    abstract List<String> productExamples(String productPhrase);

    /** Text for a product phrase as the splitter will see it. */
    abstract List<String> phraseWords(String phrase);

    /** A word that is a number only as an article ("a cola"). */
    boolean isArticle(String word) {
        return false;
    }

    /**
     * Whether {@code article} cannot stand before {@code productPhrase} ("an mandarin", "a
     * oreo"). The grammar never has such a pair, so a reading with one is more likely a number
     * the recognizer lost ("ten mandarin") than one of the product.
     */
    boolean articleMisfits(String article, String productPhrase) {
        return false;
    }

    /**
     * Other forms of a product phrase the recognizer may give ("beef noodle" for "beef
     * noodles"), understood when no other product owns them; not put in the grammar.
     */
    List<String> variants(String phrase) {
        return List.of();
    }

    /**
     * Tokens of an utterance: fillers and {@code [unk]} dropped, the longest product phrase
     * taken first, then numbers and units.
     */
    final List<Token> tokens(String text, Map<List<String>, String> products, Set<String> lexicon, int longestPhrase) {
        List<String> words = new ArrayList<>();
        for (String w : split(text, lexicon)) {
            if (!w.equals("[unk]") && !fillers().contains(w)) {
                words.add(w);
            }
        }
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int n = Math.min(longestPhrase, words.size() - i); n > 0 && taken == 0; n--) {
                List<String> candidate = words.subList(i, i + n);
                String sku = products.get(candidate);
                if (sku != null) {
                    tokens.add(new Token.Product(sku, join(candidate)));
                    taken = n;
                }
            }
            if (taken == 0) {
                String w = words.get(i);
                OptionalInt n = number(w);
                if (n.isPresent() && isArticle(w) && !tokens.isEmpty() && tokens.getLast() instanceof Token.Number) {
                    // "four an oreo": the article after a number is no second number
                    taken = 1;
                } else if (n.isPresent()) {
                    tokens.add(new Token.Number(n.getAsInt(), w));
                } else if (units().contains(w)) {
                    tokens.add(new Token.Unit(w));
                } else {
                    tokens.add(new Token.Word(w));
                }
                taken = 1;
            }
            i += taken;
        }
        return tokens;
    }
}
