package cn.suanpan.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.voice.Intent.AddItem;
import cn.suanpan.core.voice.Intent.Pay;
import cn.suanpan.core.voice.Intent.RemoveItem;
import cn.suanpan.core.voice.Intent.SetQuantity;
import cn.suanpan.core.voice.Intent.Unknown;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** English commands, parsed from text (no audio). */
class VoiceGrammarTest {

    private static final List<VoiceProduct> SHOP = List.of(
            new VoiceProduct("COLA", "cola", "可口可乐 500ml", "Coca-Cola 500ml"),
            new VoiceProduct("SMALL", "small cola", "可口可乐 330ml 罐装", "Coca-Cola 330ml can"),
            new VoiceProduct("BREAD", "bread", "切片面包 400g", "Sliced Bread 400g"),
            new VoiceProduct("OREO", "oreo", "奥利奥 97g", "Oreo Original Cookies 97g"),
            new VoiceProduct("GAT", "gatorade", "佳得乐 橙味 600ml", "Gatorade Orange 600ml"));

    private final VoiceGrammar grammar = VoiceGrammar.builder(VoiceLanguage.ENGLISH).products(SHOP).wakeWord("cashier").build();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "add two cola, COLA, 2",
            "two cola, COLA, 2",
            "add cola, COLA, 1",
            "add a cola, COLA, 1",
            "an oreo, OREO, 1",
            "Add 3 Cola., COLA, 3",
            "add two bottles of cola, COLA, 2",
            "three cans of small cola, SMALL, 3",
            "add twenty small cola, SMALL, 20",
            "add two small cola please, SMALL, 2",
            "add two gatorade orange, GAT, 2",
            "[unk] two cola, COLA, 2",
            "cashier add two bread, BREAD, 2",
    })
    void addsItems(String text, String sku, int quantity) {
        assertThat(grammar.parse(text)).isEqualTo(new AddItem(sku, quantity));
    }

    @Test
    void anArticleThatCannotStandBeforeTheProductIsALostNumber() {
        // "ten cola" heard as "an cola" beside "add cola": the grammar never says "an cola", so one cola is doubtful
        assertThat(grammar.understand(List.of(new Hypothesis("an cola", 0.6), new Hypothesis("add cola", 0.3), new Hypothesis("a cola", 0.1)))
                .intent()).isInstanceOf(Unknown.class);
        assertThat(grammar.understand(List.of(new Hypothesis("a oreo", 1.0))).intent()).isInstanceOf(Unknown.class);
        // the articles that fit still mean one, and a misfit beside another product disputes nothing
        assertThat(grammar.understand(List.of(new Hypothesis("add a cola", 0.7), new Hypothesis("add cola", 0.3))).intent())
                .isEqualTo(new AddItem("COLA", 1));
        assertThat(grammar.understand(List.of(new Hypothesis("an oreo", 1.0))).intent()).isEqualTo(new AddItem("OREO", 1));
        assertThat(grammar.understand(List.of(new Hypothesis("add cola", 0.95), new Hypothesis("an bread", 0.05))).intent())
                .isEqualTo(new AddItem("COLA", 1));
        // a number the article follows is no article's doing
        assertThat(grammar.understand(List.of(new Hypothesis("four an oreo", 1.0))).intent()).isEqualTo(new AddItem("OREO", 4));
    }

    @Test
    void everyNumberFromOneToTwenty() {
        String[] words = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
        for (int i = 0; i < words.length; i++) {
            assertThat(grammar.parse("add " + words[i] + " oreo")).isEqualTo(new AddItem("OREO", i + 1));
            assertThat(grammar.parse("set oreo to " + words[i])).isEqualTo(new SetQuantity("OREO", i + 1));
        }
    }

    @Test
    void everyOtherCommand() {
        assertThat(grammar.parse("remove bread")).isEqualTo(new RemoveItem("BREAD"));
        assertThat(grammar.parse("delete the small cola")).isEqualTo(new RemoveItem("SMALL"));
        assertThat(grammar.parse("set cola to three")).isEqualTo(new SetQuantity("COLA", 3));
        assertThat(grammar.parse("change bread to five")).isEqualTo(new SetQuantity("BREAD", 5));
        assertThat(grammar.parse("undo")).isInstanceOf(Intent.Undo.class);
        assertThat(grammar.parse("total")).isInstanceOf(Intent.Total.class);
        assertThat(grammar.parse("subtotal")).isInstanceOf(Intent.Total.class);
        assertThat(grammar.parse("sub total")).isInstanceOf(Intent.Total.class);
        assertThat(grammar.parse("pay cash")).isEqualTo(new Pay(PayMethod.CASH));
        assertThat(grammar.parse("pay by code")).isEqualTo(new Pay(PayMethod.CODE));
        assertThat(grammar.parse("pay with payment code")).isEqualTo(new Pay(PayMethod.CODE));
        assertThat(grammar.parse("pay by member")).isEqualTo(new Pay(PayMethod.MEMBER));
        assertThat(grammar.parse("cancel sale")).isInstanceOf(Intent.CancelSale.class);
        assertThat(grammar.parse("cancel the sale")).isInstanceOf(Intent.CancelSale.class);
        assertThat(grammar.parse("hold")).isInstanceOf(Intent.Hold.class);
        assertThat(grammar.parse("hold the sale")).isInstanceOf(Intent.Hold.class);
        assertThat(grammar.parse("recall")).isInstanceOf(Intent.Recall.class);
        assertThat(grammar.parse("reprint last receipt")).isInstanceOf(Intent.Reprint.class);
        assertThat(grammar.parse("reprint")).isInstanceOf(Intent.Reprint.class);
        assertThat(grammar.parse("open drawer")).isInstanceOf(Intent.OpenDrawer.class);
        assertThat(grammar.parse("open the cash drawer")).isInstanceOf(Intent.OpenDrawer.class);
        assertThat(grammar.parse("help")).isInstanceOf(Intent.Help.class);
        assertThat(grammar.parse("cashier help")).isInstanceOf(Intent.Help.class);
    }

    @ParameterizedTest(name = "\"{0}\" is not understood")
    @CsvSource({"hold cola", "pay", "cancel", "cola", "add", "remove two cola", "set cola to", "two", "[unk]", "''",
        "add milk", "open cola drawer", "pay cash cash"})
    void leftoverOrMissingWordsChangeNothing(String text) {
        assertThat(grammar.parse(text)).isInstanceOf(Unknown.class);
    }

    @Test
    void anUnknownCommandOffersTheClosestCommands() {
        Unknown pay = (Unknown) grammar.parse("pay");
        assertThat(pay.text()).isEqualTo("pay");
        assertThat(pay.closest()).hasSize(3).first().isEqualTo("pay cash");

        Unknown typo = (Unknown) grammar.parse("remove two cola");
        assertThat(typo.closest()).contains("remove cola", "add two cola");

        assertThat(grammar.closest("open door")).first().isEqualTo("open drawer");
        assertThat(grammar.closest("hole")).first().isEqualTo("hold");
    }

    @Test
    void lowConfidenceActsOnNothingButShowingTheTotalOrHelp() {
        assertThat(grammar.understand("add two cola", 0.95)).isEqualTo(new AddItem("COLA", 2));
        assertThat(grammar.understand("add two cola", 0.2)).isInstanceOf(Unknown.class);
        assertThat(grammar.understand("pay cash", 0.2)).isInstanceOf(Unknown.class);
        assertThat(grammar.understand("total", 0.2)).isInstanceOf(Intent.Total.class);
        assertThat(grammar.understand("help", 0.2)).isInstanceOf(Intent.Help.class);
    }

    @Test
    void readingsThatMeanTheSamePoolTheirProbability() {
        Understanding u = grammar.understand(List.of(
                new Hypothesis("add two cola", 0.3), new Hypothesis("[unk] two cola", 0.25), new Hypothesis("hold cola", 0.45)));
        // 0.55 of the readings mean "add two cola", nothing else means anything
        assertThat(u.intent()).isEqualTo(new AddItem("COLA", 2));
        assertThat(u.confidence()).isCloseTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(u.text()).isEqualTo("add two cola");
        assertThat(u.json()).startsWith("{\"text\": \"add two cola\", \"confidence\": 0.55, \"intent\": {\"type\": \"ADD_ITEM\"");
    }

    @Test
    void readingsThatDisagreeOnWhatToDoChangeNothing() {
        // fifteen against eighteen: the recognizer is not sure which, so neither is acted on
        Understanding u = grammar.understand(List.of(new Hypothesis("add three cola", 0.63), new Hypothesis("add two cola", 0.37)));
        assertThat(u.intent()).isInstanceOf(Unknown.class);
        assertThat(u.text()).isEqualTo("add three cola");
        assertThat(grammar.understand(List.of(new Hypothesis("add three cola", 0.95), new Hypothesis("add two cola", 0.05))).intent())
                .isEqualTo(new AddItem("COLA", 3));
        // too little of the probability means anything at all
        assertThat(grammar.understand(List.of(new Hypothesis("[unk]", 0.8), new Hypothesis("remove bread", 0.2))).intent())
                .isInstanceOf(Unknown.class);
        assertThat(grammar.understand(List.of()).intent()).isInstanceOf(Unknown.class);
    }

    @Test
    void aProductOrNumberTheRecognizerWasUnsureOfChangesNothing() {
        VoiceGrammar grammar = VoiceGrammar.builder(VoiceLanguage.ENGLISH).products(SHOP).minSlotConfidence(0.6).build();
        List<Hypothesis> readings = List.of(new Hypothesis("add two cola", 0.97), new Hypothesis("[unk] two cola", 0.03));
        assertThat(grammar.understand(readings, words("add", 0.9, "two", 0.95, "cola", 0.88)).intent()).isEqualTo(new AddItem("COLA", 2));
        // the number or the product heard with little confidence: nothing happens, the closest commands are offered
        Understanding unsureNumber = grammar.understand(readings, words("add", 0.9, "two", 0.41, "cola", 0.88));
        assertThat(unsureNumber.intent()).isInstanceOf(Unknown.class);
        assertThat(((Unknown) unsureNumber.intent()).closest()).contains("add two cola");
        assertThat(grammar.understand(readings, words("add", 0.9, "two", 0.95, "cola", 0.3)).intent()).isInstanceOf(Unknown.class);
        // a command word heard with little confidence does not matter: it names neither product nor number
        assertThat(grammar.understand(readings, words("add", 0.2, "two", 0.95, "cola", 0.88)).intent()).isEqualTo(new AddItem("COLA", 2));
        // the recognizer's own best reading has no number where the readings have one: the number was not fully heard
        assertThat(grammar.understand(List.of(new Hypothesis("an oreo", 1.0)), words("[unk]", 0.5, "oreo", 0.9)).intent())
                .isInstanceOf(Unknown.class);
        // every word of a product's name counts
        assertThat(grammar.understand(List.of(new Hypothesis("remove small cola", 1.0)), words("remove", 1.0, "small", 0.35, "cola", 0.99))
                .intent()).isInstanceOf(Unknown.class);
        // commands without a product or number are not checked word by word, and without words nothing is checked
        assertThat(grammar.understand(List.of(new Hypothesis("pay cash", 1.0)), words("pay", 0.3, "cash", 0.3)).intent())
                .isEqualTo(new Pay(PayMethod.CASH));
        assertThat(grammar.understand(readings, List.of()).intent()).isEqualTo(new AddItem("COLA", 2));
    }

    private static List<HeardWord> words(Object... wordsAndConfidences) {
        List<HeardWord> out = new java.util.ArrayList<>();
        for (int i = 0; i < wordsAndConfidences.length; i += 2) {
            out.add(new HeardWord((String) wordsAndConfidences[i], (Double) wordsAndConfidences[i + 1]));
        }
        return out;
    }

    @Test
    void aProductNamedAloneAddsOneUnlessAnotherReadingDoesSomethingElseWithIt() {
        // "cola" (or a short "add" heard as "of") adds one, and backs up "add cola"...
        assertThat(grammar.understand(List.of(new Hypothesis("cola", 0.76), new Hypothesis("add cola", 0.24))).intent())
                .isEqualTo(new AddItem("COLA", 1));
        assertThat(grammar.understand(List.of(new Hypothesis("cola", 0.9), new Hypothesis("[unk]", 0.1))).intent())
                .isEqualTo(new AddItem("COLA", 1));
        assertThat(grammar.understand(List.of(new Hypothesis("of cola", 0.6), new Hypothesis("cola", 0.4))).intent())
                .isEqualTo(new AddItem("COLA", 1));
        // ...but not when another reading does something else with the product: a "set" or a number may have been lost
        assertThat(grammar.understand(List.of(new Hypothesis("cola", 0.5), new Hypothesis("set cola", 0.25),
                new Hypothesis("add cola", 0.25))).intent()).isInstanceOf(Unknown.class);
        assertThat(grammar.understand(List.of(new Hypothesis("cola", 0.45), new Hypothesis("eight cola", 0.55))).intent())
                .isEqualTo(new AddItem("COLA", 8));
        // a product alone with a filler where a number could be, or against much unrecognised speech, adds nothing
        assertThat(grammar.understand(List.of(new Hypothesis("the cola", 1.0))).intent()).isInstanceOf(Unknown.class);
        assertThat(grammar.understand(List.of(new Hypothesis("cola", 0.71), new Hypothesis("[unk]", 0.29))).intent())
                .isInstanceOf(Unknown.class);
        // and a command word before the product is no stray word: "hold cola" stays not understood
        assertThat(grammar.understand(List.of(new Hypothesis("hold cola", 1.0))).intent()).isInstanceOf(Unknown.class);
    }

    @Test
    void soundAlikesAndClippedWords() {
        assertThat(grammar.parse("to cola")).isEqualTo(new AddItem("COLA", 2));
        assertThat(grammar.parse("add free cola")).isEqualTo(new AddItem("COLA", 3));
        assertThat(grammar.parse("of two cola")).isEqualTo(new AddItem("COLA", 2));
        assertThat(grammar.parse("park the sale")).isInstanceOf(Intent.Hold.class);
        assertThat(grammar.parse("bowl")).isInstanceOf(Intent.Hold.class);
        assertThat(grammar.parse("bowl the sale")).isInstanceOf(Intent.Hold.class);
        assertThat(grammar.parse("bowl cola")).isInstanceOf(Unknown.class);
        assertThat(grammar.parse("four an oreo")).isEqualTo(new AddItem("OREO", 4));
        assertThat(grammar.parse("add two oreos")).isEqualTo(new AddItem("OREO", 2));
        assertThat(grammar.parse("remove small colas")).isEqualTo(new RemoveItem("SMALL"));
        // a stray word before a number is taken for "add", never a command word
        assertThat(grammar.parse("remove two cola")).isInstanceOf(Unknown.class);
    }

    @Test
    void theRecognizerPhrasesCoverNumbersProductsAndCommands() {
        List<String> phrases = grammar.phrases();
        assertThat(phrases).contains("twenty small cola", "seven oreo", "add two cola", "remove bread", "pay by code",
                "cancel sale", "reprint last receipt", "open drawer", "[unk]", "cashier", "cashier add", "one bottle of cola", "park the sale",
                "two gatorade orange", "an oreo", "set oreo to four");
        assertThat(phrases).noneMatch(p -> p.contains("subtotal"));
    }

    @Test
    void productsWhoseWordsTheModelDoesNotKnowAreLeftOutAndReported() {
        Set<String> vocabulary = Set.of("add", "two", "cola", "small", "bread", "remove", "pay", "cash");
        VoiceGrammar limited = VoiceGrammar.builder(VoiceLanguage.ENGLISH).products(SHOP).knownWords(vocabulary::contains).build();
        assertThat(limited.unspeakable()).containsExactly("oreo (OREO)", "gatorade (GAT)");
        assertThat(limited.phrases()).contains("two cola", "pay cash").noneMatch(p -> p.contains("oreo") || p.contains("help"));
        // typed text still parses
        assertThat(limited.parse("add two oreo")).isEqualTo(new AddItem("OREO", 2));
    }

    @Test
    void anAliasTwoProductsShareNamesNeither() {
        VoiceGrammar clash = VoiceGrammar.builder(VoiceLanguage.ENGLISH).products(List.of(
                new VoiceProduct("A", "water", null, "Spring Water 550ml"),
                new VoiceProduct("B", "water", null, "Purified Water 555ml"),
                new VoiceProduct("C", "coke", null, "Coca-Cola 500ml"),
                new VoiceProduct("D", "big coke", null, "Coca-Cola 2L"))).build();
        assertThat(clash.unspeakable()).containsExactly("water (A, B)");
        assertThat(clash.parse("add water")).isInstanceOf(Unknown.class);
        // short names are extra phrases only when they name one product
        assertThat(clash.parse("add spring water")).isEqualTo(new AddItem("A", 1));
        assertThat(clash.parse("add coca cola")).isInstanceOf(Unknown.class);
        assertThat(clash.parse("add big coke")).isEqualTo(new AddItem("D", 1));
    }

    @Test
    void theWholeDemoCatalogParses() {
        VoiceGrammar demo = VoiceGrammar.builder(VoiceLanguage.ENGLISH).products(DemoVoiceProducts.all()).build();
        assertThat(demo.unspeakable()).isEmpty();
        assertThat(demo.productPhrases()).hasSize(DemoVoiceProducts.all().size());
        demo.productPhrases().forEach((phrase, sku) -> {
            assertThat(demo.parse("add three " + phrase)).as(phrase).isEqualTo(new AddItem(sku, 3));
            assertThat(demo.parse("remove " + phrase)).as(phrase).isEqualTo(new RemoveItem(sku));
            assertThat(demo.parse("set " + phrase + " to twelve")).as(phrase).isEqualTo(new SetQuantity(sku, 12));
        });
        assertThat(demo.parse("add two orange juice")).isEqualTo(new AddItem("SP00032", 2));
        assertThat(demo.parse("add two orange")).isEqualTo(new AddItem("SP00195", 2));
    }
}
