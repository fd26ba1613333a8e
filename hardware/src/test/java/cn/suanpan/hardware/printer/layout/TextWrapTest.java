package cn.suanpan.hardware.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class TextWrapTest {

    @Test
    void chineseBreaksBetweenAnyCharacters() {
        assertThat(TextWrap.wrap("康师傅红烧牛肉面五连包", 10)).containsExactly("康师傅红烧", "牛肉面五连", "包");
    }

    @Test
    void latinBreaksAtSpaces() {
        assertThat(TextWrap.wrap("Sourdough Loaf, Whole Wheat & Rye, Sliced", 19))
                .containsExactly("Sourdough Loaf,", "Whole Wheat & Rye,", "Sliced");
    }

    @Test
    void mixedTextKeepsLatinWordsWhole() {
        assertThat(TextWrap.wrap("农夫山泉饮用天然水 550ml", 19)).containsExactly("农夫山泉饮用天然水", "550ml");
        assertThat(TextWrap.wrap("可口可乐330ml", 10)).containsExactly("可口可乐", "330ml");
    }

    @Test
    void wordLongerThanTheLineIsBroken() {
        assertThat(TextWrap.wrap("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 10)).containsExactly("ABCDEFGHIJ", "KLMNOPQRST", "UVWXYZ");
    }

    @Test
    void closingPunctuationNeverStartsALine() {
        // without the rule the second line would start with "，"
        assertThat(TextWrap.wrap("谢谢惠顾欢迎再次光临，下次见", 20)).containsExactly("谢谢惠顾欢迎再次光", "临，下次见");
    }

    @Test
    void openingBracketNeverEndsALine() {
        assertThat(TextWrap.wrap("算盘便利店（漕溪路店）", 12)).containsExactly("算盘便利店", "（漕溪路店）");
    }

    @Test
    void emptyTextIsOneEmptyLineAndNewlinesSplit() {
        assertThat(TextWrap.wrap("", 10)).containsExactly("");
        assertThat(TextWrap.wrap("一\n二", 10)).containsExactly("一", "二");
    }

    @Test
    void aLineMustHoldAWideCharacter() {
        assertThatThrownBy(() -> TextWrap.wrap("a", 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void linesNeverExceedTheWidthAndNoCharacterIsLost(
            @ForAll @StringLength(max = 60) @CharRange(from = ' ', to = '~') @CharRange(from = '一', to = '龥')
            @CharRange(from = '，', to = '，') @CharRange(from = '（', to = '）') String text,
            @ForAll @IntRange(min = 2, max = 48) int columns) {
        var lines = TextWrap.wrap(text, columns);
        assertThat(lines).allSatisfy(line -> assertThat(TextWidth.of(line)).isLessThanOrEqualTo(columns));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }
}
