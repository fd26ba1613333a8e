package cn.suanpan.hardware.display;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Coca-Cola 330ml          | Coca-Cola 330ml",
            "可口可乐 Coca-Cola 330ml  | Coca-Cola 330ml",
            "农夫山泉550ml             | 550ml",
            "ＡＢＣ１２３               | ABC123",
            "Café au lait             | Cafe au lait",
            "Crème brûlée × 2         | Creme brulee x 2",
            "￥12.50                  | Y12.50",
            "乐事薯片（原味）70g        | 70g",
            "奥利奥 (Oreo) 夹心饼干     | (Oreo)",
            "纯中文                    | ''",
            "'  tabs\tand\nlines  '  | tabs and lines"})
    void textBecomesPrintableAscii(String in, String out) {
        assertThat(DisplayText.toAscii(in)).isEqualTo(out);
    }

    @Test
    void linesAreExactlyTwentyCharactersAndKeepTheirLayout() {
        DisplayLines l = new DisplayLines("PRICE          12.50", "a line that is far too long for it");
        assertThat(l.line1()).isEqualTo("PRICE          12.50");
        assertThat(l.line2()).isEqualTo("a line that is far t").hasSize(20);
        assertThat(new DisplayLines("可乐 Cola", null).line1()).isEqualTo("Cola                ");
    }

    @Test
    void amountsAreYuanWithTwoDecimals() {
        assertThat(DisplayText.yuan(1250)).isEqualTo("12.50");
        assertThat(DisplayText.yuan(5)).isEqualTo("0.05");
        assertThat(DisplayText.yuan(-705)).isEqualTo("-7.05");
        assertThat(DisplayText.yuan(123_456_789)).isEqualTo("1234567.89");
        assertThat(DisplayText.spread("CHANGE", "12345678901234567.00", 20)).isEqualTo("12345678901234567.00");
        assertThat(DisplayText.spread("A VERY LONG LABEL TEXT", "7.50", 20)).isEqualTo("A VERY LONG LAB 7.50");
    }

    @Test
    void screensForEachStepOfTheSale() {
        DisplayScreens en = new DisplayScreens(Locale.ENGLISH);
        assertThat(en.item("Coca-Cola 330ml", 350)).isEqualTo(new DisplayLines("Coca-Cola 330ml", "PRICE           3.50"));
        assertThat(en.total(12_50)).isEqualTo(new DisplayLines("TOTAL          12.50", ""));
        assertThat(en.payment(12_50, 7_50)).isEqualTo(new DisplayLines("TOTAL          12.50", "CHANGE          7.50"));
        assertThat(en.greeting()).isEqualTo(new DisplayLines("      WELCOME       ", "  HAVE A NICE DAY   "));
    }

    @Test
    void chineseScreensUsePinyinAndChineseNamesFallBackOrTransliterate() {
        DisplayScreens zh = new DisplayScreens(Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.item("农夫山泉", 200)).isEqualTo(new DisplayLines("SHANGPIN", "DANJIA          2.00"));
        assertThat(zh.payment(100_00, 0)).isEqualTo(new DisplayLines("ZONGJI        100.00", "ZHAOLING        0.00"));
        DisplayScreens withPinyin = new DisplayScreens(Locale.SIMPLIFIED_CHINESE, name -> name.replace("农夫山泉", "NFSQ"));
        assertThat(withPinyin.item("农夫山泉 550ml", 200).line1()).isEqualTo("NFSQ 550ml          ");
    }

    @Test
    void emulatorReadsBothCommandSets() {
        DisplayLines lines = new DisplayLines("Coca-Cola 330ml", "PRICE           3.50");
        for (DisplayCommandSet set : DisplayCommandSet.values()) {
            DisplayEmulator screen = new DisplayEmulator();
            screen.accept(set.init());
            screen.accept(set.show(new DisplayLines("old text", "old text")));
            screen.accept(set.clear());
            byte[] bytes = set.show(lines);
            // split across reads, the way a port delivers it
            for (byte b : bytes) {
                screen.accept(new byte[] {b});
            }
            assertThat(screen.screen()).as(set.name()).isEqualTo(lines);
            screen.accept(set.clear());
            assertThat(screen.screen().isBlank()).isTrue();
        }
    }
}
