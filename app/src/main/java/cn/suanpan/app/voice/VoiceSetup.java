package cn.suanpan.app.voice;

import cn.suanpan.app.config.Settings;
import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.catalog.Product;
import cn.suanpan.core.voice.HeardWord;
import cn.suanpan.core.voice.Hypothesis;
import cn.suanpan.core.voice.VoiceGrammar;
import cn.suanpan.core.voice.VoiceLanguage;
import cn.suanpan.core.voice.VoiceProduct;
import cn.suanpan.hardware.speech.Recognition;
import cn.suanpan.hardware.speech.SpeechModel;
import cn.suanpan.hardware.speech.SpeechRecognizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires voice commands together: the catalog's products become the grammar's words, the
 * model says which of them it can hear. Rebuild the grammar (and its recognizer) when the
 * catalog changes.
 */
public final class VoiceSetup {

    private VoiceSetup() {
    }

    /** The active products of the catalog, in SKU order. */
    public static List<VoiceProduct> products(CatalogRepository catalog) {
        List<VoiceProduct> out = new ArrayList<>();
        catalog.forEach((Product p) -> {
            if (p.active()) {
                out.add(VoiceProduct.of(p));
            }
        });
        return out;
    }

    /** The command grammar for these products, as the settings and the model have it. */
    public static VoiceGrammar grammar(List<VoiceProduct> products, SpeechModel model, Settings settings, boolean handsFree) {
        VoiceGrammar.Builder b = VoiceGrammar.builder(VoiceLanguage.of(settings.get(Settings.VOICE_LANGUAGE)))
                .products(products)
                .knownWords(model::knows)
                .minConfidence(number(settings, Settings.VOICE_MIN_CONFIDENCE, VoiceGrammar.DEFAULT_MIN_CONFIDENCE))
                .minAgreement(number(settings, Settings.VOICE_MIN_AGREEMENT, VoiceGrammar.DEFAULT_MIN_AGREEMENT))
                .minSlotConfidence(number(settings, Settings.VOICE_MIN_SLOT_CONFIDENCE, VoiceGrammar.DEFAULT_MIN_SLOT_CONFIDENCE));
        if (handsFree) {
            b.wakeWord(settings.get(Settings.VOICE_WAKE_WORD));
        }
        return b.build();
    }

    /**
     * The recognizer for the grammar: its n best readings, and the words of its best one with
     * their confidences when the grammar checks them ({@link VoiceGrammar#minSlotConfidence()}).
     */
    public static SpeechRecognizer recognizer(SpeechModel model, VoiceGrammar grammar) {
        return SpeechRecognizer.grammar(model, grammar.phrases(), SpeechRecognizer.COMMAND_ALTERNATIVES, grammar.minSlotConfidence() > 0);
    }

    /** The recognizer's readings as the grammar takes them: its n best, or its one text and confidence. */
    public static List<Hypothesis> hypotheses(Recognition r) {
        if (r.alternatives().isEmpty()) {
            return r.isEmpty() ? List.of() : List.of(new Hypothesis(r.text(), r.confidence()));
        }
        List<Hypothesis> out = new ArrayList<>();
        for (Recognition.Alternative a : r.alternatives()) {
            out.add(new Hypothesis(a.text(), a.probability()));
        }
        return out;
    }

    /** The words of the recognizer's best reading with their confidences, to check a command's product and number by. */
    public static List<HeardWord> words(Recognition r) {
        List<HeardWord> out = new ArrayList<>();
        for (Recognition.Word w : r.words()) {
            out.add(new HeardWord(w.word(), w.confidence()));
        }
        return out;
    }

    private static double number(Settings settings, String key, double fallback) {
        try {
            return Double.parseDouble(settings.get(key).strip());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
