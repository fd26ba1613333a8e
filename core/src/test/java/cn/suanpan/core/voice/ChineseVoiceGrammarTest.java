package cn.suanpan.core.voice;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.voice.Intent.AddItem;
import cn.suanpan.core.voice.Intent.Pay;
import cn.suanpan.core.voice.Intent.RemoveItem;
import cn.suanpan.core.voice.Intent.SetQuantity;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chinese commands, for a terminal configured with a Chinese speech model. */
class ChineseVoiceGrammarTest {

    private static final List<VoiceProduct> SHOP = List.of(
            new VoiceProduct("COLA", "cola", "可乐 500ml", "Cola"),
            new VoiceProduct("KO", "cola", "可口可乐 330ml 罐装", "Coca-Cola can"),
            new VoiceProduct("BREAD", "面包", "桃李 切片面包 400g", "Sliced bread"),
            new VoiceProduct("WALNUT", null, "六个核桃 核桃乳 240ml 罐装", "Walnut milk"));

    private final VoiceGrammar grammar = VoiceGrammar.builder(VoiceLanguage.CHINESE).products(SHOP).build();

    @Test
    void productsAreNamedByChineseAliasOrNameWithoutSizes() {
        assertThat(grammar.productPhrases()).containsOnlyKeys("可乐", "可口可乐罐装", "面包", "六个核桃核桃乳罐装");
    }

    @Test
    void addsRemovesAndSets() {
        assertThat(grammar.parse("加两瓶可乐")).isEqualTo(new AddItem("COLA", 2));
        assertThat(grammar.parse("加 两 瓶 可乐")).isEqualTo(new AddItem("COLA", 2));
        assertThat(grammar.parse("三个面包")).isEqualTo(new AddItem("BREAD", 3));
        assertThat(grammar.parse("来一罐可口可乐")).isEqualTo(new AddItem("KO", 1));
        assertThat(grammar.parse("加可口可乐罐装")).isEqualTo(new AddItem("KO", 1));
        assertThat(grammar.parse("加 两 罐 六个核桃")).isEqualTo(new AddItem("WALNUT", 2));
        assertThat(grammar.parse("删除面包")).isEqualTo(new RemoveItem("BREAD"));
        assertThat(grammar.parse("把可乐改成三")).isEqualTo(new SetQuantity("COLA", 3));
        // a model that spells unknown words out in characters
        assertThat(grammar.parse("加 两 瓶 可 口 可 乐 罐 装")).isEqualTo(new AddItem("KO", 2));
    }

    @Test
    void numbersOneToTwenty() {
        String[] numbers = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五",
            "十六", "十七", "十八", "十九", "二十"};
        for (int i = 0; i < numbers.length; i++) {
            assertThat(grammar.parse("加" + numbers[i] + "个面包")).as(numbers[i]).isEqualTo(new AddItem("BREAD", i + 1));
        }
        assertThat(grammar.parse("加两个面包")).isEqualTo(new AddItem("BREAD", 2));
        assertThat(grammar.parse("面包改成二十")).isEqualTo(new SetQuantity("BREAD", 20));
    }

    @Test
    void otherCommands() {
        assertThat(grammar.parse("撤销")).isInstanceOf(Intent.Undo.class);
        assertThat(grammar.parse("合计")).isInstanceOf(Intent.Total.class);
        assertThat(grammar.parse("小计")).isInstanceOf(Intent.Total.class);
        assertThat(grammar.parse("现金付款")).isEqualTo(new Pay(PayMethod.CASH));
        assertThat(grammar.parse("付现金")).isEqualTo(new Pay(PayMethod.CASH));
        assertThat(grammar.parse("付款码支付")).isEqualTo(new Pay(PayMethod.CODE));
        assertThat(grammar.parse("扫码付款")).isEqualTo(new Pay(PayMethod.CODE));
        assertThat(grammar.parse("会员支付")).isEqualTo(new Pay(PayMethod.MEMBER));
        assertThat(grammar.parse("取消交易")).isInstanceOf(Intent.CancelSale.class);
        assertThat(grammar.parse("挂单")).isInstanceOf(Intent.Hold.class);
        assertThat(grammar.parse("取单")).isInstanceOf(Intent.Recall.class);
        assertThat(grammar.parse("重打小票")).isInstanceOf(Intent.Reprint.class);
        assertThat(grammar.parse("打开钱箱")).isInstanceOf(Intent.OpenDrawer.class);
        assertThat(grammar.parse("帮助")).isInstanceOf(Intent.Help.class);
    }

    @Test
    void notUnderstoodOffersChineseCommands() {
        Intent.Unknown u = (Intent.Unknown) grammar.parse("挂单可乐");
        assertThat(u.closest()).contains("挂单");
        assertThat(grammar.parse("付款")).isInstanceOf(Intent.Unknown.class);
    }

    @Test
    void wordsTheModelLacksAreSpelledOutInCharacters() {
        Set<String> vocabulary = Set.of("加", "两", "瓶", "可", "口", "乐", "罐", "装", "面包", "现金", "付款");
        VoiceGrammar g = VoiceGrammar.builder(VoiceLanguage.CHINESE).products(SHOP).knownWords(vocabulary::contains).build();
        assertThat(g.phrases()).contains("加 可 口 可 乐 罐 装", "两 可 乐", "现金 付款");
    }
}
