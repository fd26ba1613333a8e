package cn.suanpan.bench.voice;

import cn.suanpan.core.voice.Intent;
import cn.suanpan.core.voice.IntentType;
import cn.suanpan.core.voice.VoiceGrammar;
import cn.suanpan.core.voice.VoiceLanguage;
import cn.suanpan.core.voice.VoiceProduct;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Judges the current parser against the readings a benchmark run saved
 * ({@code VoiceRescore WORK_DIR [COUNT] [SEED]}): the same accuracy and wrong-action figures
 * without recognising the audio again. A quick check while changing how readings are
 * understood; the figures to report come from a full run of {@link VoiceAccuracy}.
 */
public final class VoiceRescore {

    private VoiceRescore() {
    }

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 360;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : VoiceAccuracy.SEED;
        List<VoiceProduct> products = VoiceAccuracy.demoProducts(work);
        // -Dvoice.minConfidence and -Dvoice.minSlotConfidence try other thresholds
        VoiceGrammar grammar = VoiceGrammar.builder(VoiceLanguage.ENGLISH).products(products)
                .minConfidence(Double.parseDouble(System.getProperty("voice.minConfidence",
                        Double.toString(VoiceGrammar.DEFAULT_MIN_CONFIDENCE))))
                .minSlotConfidence(Double.parseDouble(System.getProperty("voice.minSlotConfidence",
                        Double.toString(VoiceGrammar.DEFAULT_MIN_SLOT_CONFIDENCE)))).build();
        Map<Integer, Utterance> set = UtteranceSet.generate(grammar, count, seed).stream()
                .collect(Collectors.toMap(Utterance::id, Function.identity()));
        List<Readings.Line> lines = Readings.read(work.resolve("readings.tsv"));
        for (String condition : List.of("clean", "noisy")) {
            int n = 0;
            int correct = 0;
            int wrong = 0;
            for (Readings.Line l : lines) {
                if (!l.condition().equals(condition) || !set.containsKey(l.id())) {
                    continue;
                }
                Utterance u = set.get(l.id());
                Intent i = grammar.understand(l.hypotheses(), l.words()).intent();
                boolean ok = i.equals(u.expected()) || (i.type() == IntentType.UNKNOWN && u.expected().type() == IntentType.UNKNOWN);
                n++;
                correct += ok ? 1 : 0;
                wrong += !ok && i.type().changesSale() ? 1 : 0;
                if (!ok && Boolean.getBoolean("voice.list")) {
                    System.out.printf(Locale.ROOT, "%s %d said \"%s\" -> %s%s%n", condition, u.id(), u.text(), i, !ok && i.type().changesSale() ? "  WRONG ACTION" : "");
                }
            }
            System.out.printf(Locale.ROOT, "%-6s %4d  accuracy %5.1f%%  wrong-action %4.1f%%%n", condition, n, 100.0 * correct / n, 100.0 * wrong / n);
        }
    }
}
