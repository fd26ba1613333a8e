package cn.suanpan.core.voice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One way of saying a command, written as a small pattern over tokens:
 * {@code "add #N? #U? of? #P"} means the word "add", an optional number, an optional unit,
 * an optional "of" and a product. {@code a|b} gives alternatives, {@code ?} makes an element
 * optional. A pattern must account for every token of the utterance: a command with words
 * left over is not understood, so that "hold cola" never holds the sale.
 */
final class CommandPattern {

    /** What a match captured: the product and the number, if the pattern has them. */
    record Captures(String sku, Integer number) {
        int quantity() {
            return number == null ? 1 : number;
        }
    }

    private sealed interface Element {
        boolean optional();
    }

    private record Literal(Set<String> words, boolean optional) implements Element {
    }

    private record Slot(char kind, boolean optional) implements Element {
    }

    /** {@code ~}: one word that starts no command, e.g. a clipped "add" heard as "of". */
    private record Stray(boolean optional) implements Element {
    }

    private final String source;
    private final List<Element> elements;
    private final Function<Captures, Intent> intent;
    private final boolean supporting;

    CommandPattern(String pattern, Function<Captures, Intent> intent) {
        this(pattern, intent, false);
    }

    /**
     * @param supporting a loose way of saying the command ("cola" for "add cola"): it never
     *                   decides an intent alone, it only adds its probability to an intent that
     *                   another reading of the same utterance says fully
     */
    CommandPattern(String pattern, Function<Captures, Intent> intent, boolean supporting) {
        this.source = pattern;
        this.intent = intent;
        this.supporting = supporting;
        List<Element> list = new ArrayList<>();
        for (String part : pattern.trim().split("\\s+")) {
            boolean optional = part.endsWith("?");
            String body = optional ? part.substring(0, part.length() - 1) : part;
            if (body.equals("~")) {
                list.add(new Stray(optional));
            } else if (body.startsWith("#")) {
                list.add(new Slot(body.charAt(1), optional));
            } else {
                list.add(new Literal(Set.copyOf(Arrays.asList(body.split("\\|"))), optional));
            }
        }
        this.elements = List.copyOf(list);
    }

    /** The intent, when the tokens say exactly this; null otherwise. */
    Intent match(List<Token> tokens, Set<String> commandWords) {
        Captures c = match(tokens, commandWords, 0, 0, new Captures(null, null));
        return c == null ? null : intent.apply(c);
    }

    boolean supporting() {
        return supporting;
    }

    /** The words that can start this command (a command word in front of a number is no stray word). */
    Set<String> leadingWords() {
        Set<String> words = new java.util.HashSet<>();
        for (Element e : elements) {
            if (e instanceof Literal l) {
                words.addAll(l.words());
            }
            if (!e.optional()) {
                break;
            }
        }
        return words;
    }

    /** The literal words of the pattern. */
    Set<String> words() {
        Set<String> words = new java.util.HashSet<>();
        for (Element e : elements) {
            if (e instanceof Literal l) {
                words.addAll(l.words());
            }
        }
        return words;
    }

    private Captures match(List<Token> tokens, Set<String> commandWords, int t, int e, Captures captured) {
        if (e == elements.size()) {
            return t == tokens.size() ? captured : null;
        }
        Element element = elements.get(e);
        if (t < tokens.size()) {
            Captures next = accept(element, tokens.get(t), captured, commandWords);
            if (next != null) {
                Captures done = match(tokens, commandWords, t + 1, e + 1, next);
                if (done != null) {
                    return done;
                }
            }
        }
        return element.optional() ? match(tokens, commandWords, t, e + 1, captured) : null;
    }

    private static Captures accept(Element element, Token token, Captures captured, Set<String> commandWords) {
        return switch (element) {
            case Stray s -> token instanceof Token.Word w && !commandWords.contains(w.text()) ? captured : null;
            case Literal l -> token instanceof Token.Word w && l.words().contains(w.text()) ? captured : null;
            case Slot s -> switch (s.kind()) {
                case 'N' -> token instanceof Token.Number n ? new Captures(captured.sku(), n.value()) : null;
                case 'U' -> token instanceof Token.Unit ? captured : null;
                case 'P' -> token instanceof Token.Product p ? new Captures(p.sku(), captured.number()) : null;
                default -> throw new IllegalStateException("unknown slot #" + s.kind());
            };
        };
    }

    @Override
    public String toString() {
        return source;
    }
}
