package cn.suanpan.hardware.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWidthTest {

    @Test
    void asciiTakesOneColumn() {
        assertThat(TextWidth.of("Cola 330ml")).isEqualTo(10);
    }

    @Test
    void chineseCharactersTakeTwoColumns() {
        assertThat(TextWidth.of("农夫山泉")).isEqualTo(8);
        assertThat(TextWidth.of("农夫山泉550ml")).isEqualTo(13);
    }

    @Test
    void fullWidthYuanSignTakesTwoColumnsAndHalfWidthYenOne() {
        assertThat(TextWidth.of(0xFFE5)).isEqualTo(2); // ￥
        assertThat(TextWidth.of("￥12.30")).isEqualTo(7);
        assertThat(TextWidth.of(0x00A5)).isEqualTo(1); // ¥, Narrow in UAX #11
    }

    @Test
    void fullWidthFormsAndChinesePunctuationAreWide() {
        assertThat(TextWidth.of("ＡＢ１")).isEqualTo(6);
        assertThat(TextWidth.of("，。（）")).isEqualTo(8);
    }

    @Test
    void halfWidthKatakanaIsNarrow() {
        assertThat(TextWidth.of(0xFF76)).isEqualTo(1); // ｶ
    }

    @Test
    void ambiguousCharactersAreWideAsOnAGbkPrinter() {
        assertThat(TextWidth.of("×")).isEqualTo(2);
        assertThat(TextWidth.of("·")).isEqualTo(2);
        assertThat(TextWidth.of("é")).isEqualTo(2);
        assertThat(TextWidth.of("□")).isEqualTo(2);
    }

    @Test
    void supplementaryIdeographsAndEmojiAreWide() {
        assertThat(TextWidth.of("𠀀")).isEqualTo(2);
        assertThat(TextWidth.of("𠮷")).isEqualTo(2);
        assertThat(TextWidth.of("🎂")).isEqualTo(2);
    }

    @Test
    void combiningMarksAndFormatCharactersTakeNoColumn() {
        assertThat(TextWidth.of("e\u0301")).isEqualTo(1);
        assertThat(TextWidth.of("a\u200Bb")).isEqualTo(2);
        assertThat(TextWidth.of("\u001B")).isZero();
    }

    @Test
    void paddingCountsColumnsNotChars() {
        assertThat(TextWidth.padLeft("￥4.00", 10)).isEqualTo("    ￥4.00");
        assertThat(TextWidth.padRight("商品", 6)).isEqualTo("商品  ");
        assertThat(TextWidth.padLeft("toolong", 3)).isEqualTo("toolong");
    }
}
