package cn.suanpan.bench.voice;

import cn.suanpan.core.voice.Intent;
import cn.suanpan.core.voice.IntentType;
import cn.suanpan.core.voice.VoiceGrammar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A reproducible set of cashier utterances: product commands over the whole catalog, every
 * other command in its usual wordings, and remarks that are no command at all (they must come
 * out UNKNOWN), spread over several voices and speeds.
 */
final class UtteranceSet {

    static final List<String> VOICES = List.of("en-us", "en", "en+m3", "en+f3", "en-us+m7", "en-gb-x-rp+f2");
    static final List<Integer> SPEEDS = List.of(140, 165, 190);

    private static final String[] NUMBERS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
    private static final String[] PLAIN = {"undo", "total", "sub total", "pay cash", "pay by cash", "pay by code",
        "pay with code", "pay by member", "cancel sale", "cancel the sale", "hold", "hold the sale", "recall",
        "recall sale", "reprint last receipt", "reprint receipt", "open drawer", "open the drawer", "help"};
    private static final String[] REMARKS = {"good morning", "thank you very much", "how much is this", "do you have a bag",
        "where is the toilet", "have a nice day", "is it raining outside", "I forgot my wallet", "can you wait a moment",
        "see you tomorrow", "what time do you close", "the weather is lovely", "my friend is coming", "no thanks",
        "is this on sale", "just a second"};

    private UtteranceSet() {
    }

    static List<Utterance> generate(VoiceGrammar grammar, int count, long seed) {
        Random random = new Random(seed);
        List<String> phrases = new ArrayList<>(grammar.productPhrases().keySet());
        phrases.removeIf(p -> grammar.unspeakable().stream().anyMatch(u -> u.startsWith(p + " (")));
        List<Utterance> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = sentence(random, phrases, i);
            Intent expected = grammar.parse(text);
            boolean remark = i % 10 == 9;
            if (remark != (expected.type() == IntentType.UNKNOWN)) {
                throw new IllegalStateException("the grammar reads \"" + text + "\" as " + expected);
            }
            out.add(new Utterance(i, text, expected, VOICES.get(i % VOICES.size()), SPEEDS.get((i / VOICES.size()) % SPEEDS.size())));
        }
        return out;
    }

    /** Every tenth a remark; of the rest about half product commands and half the others. */
    private static String sentence(Random random, List<String> products, int i) {
        if (i % 10 == 9) {
            return REMARKS[random.nextInt(REMARKS.length)];
        }
        String product = products.get(random.nextInt(products.size()));
        String n = NUMBERS[random.nextInt(NUMBERS.length)];
        return switch (random.nextInt(12)) {
            case 0, 1 -> "add " + n + " " + product;
            case 2 -> n + " " + product;
            case 3 -> "add " + product;
            case 4 -> "remove " + product;
            case 5 -> "set " + product + " to " + n;
            default -> PLAIN[random.nextInt(PLAIN.length)];
        };
    }

    /** How many of each intent type the set holds, for the report. */
    static Map<IntentType, Long> census(List<Utterance> set) {
        Map<IntentType, Long> counts = new java.util.EnumMap<>(IntentType.class);
        for (Utterance u : set) {
            counts.merge(u.expected().type(), 1L, Long::sum);
        }
        return counts;
    }
}
