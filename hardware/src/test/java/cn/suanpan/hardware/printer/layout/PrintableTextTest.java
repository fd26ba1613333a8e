package cn.suanpan.hardware.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.printer.PrinterCharset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PrintableTextTest {

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    @Test
    void gbkPrintsChineseAndTheYuanSign() {
        PrintableText gbk = new PrintableText(PrinterCharset.GBK);
        String text = gbk.clean("合计￥52.71");
        assertThat(text).isEqualTo("合计￥52.71");
        assertThat(gbk.replacements()).isEmpty();
        assertThat(hex(PrinterCharset.GBK.encode(text))).isEqualTo("bacfbcc6" + "a3a4" + "35322e3731");
    }

    @Test
    void extensionBIdeographIsReplacedOnGbkButPrintedOnGb18030() {
        PrintableText gbk = new PrintableText(PrinterCharset.GBK);
        assertThat(gbk.clean("𠀀号")).isEqualTo("□号");
        assertThat(gbk.replacements()).containsExactly(new Replacement(0x20000, "□"));

        PrintableText gb18030 = new PrintableText(PrinterCharset.GB18030);
        String kept = gb18030.clean("𠀀号");
        assertThat(kept).isEqualTo("𠀀号");
        assertThat(gb18030.replacements()).isEmpty();
        assertThat(hex(PrinterCharset.GB18030.encode(kept))).isEqualTo("95328236" + "bac5");
    }

    @Test
    void extensionAIdeographOnlyOnGb18030() {
        assertThat(PrinterCharset.GBK.isPrintable("䶮".codePointAt(0))).isFalse();
        assertThat(PrinterCharset.GB18030.isPrintable("䶮".codePointAt(0))).isTrue();
    }

    @Test
    void emojiIsReplacedVisiblyOnBothCharsetsAndCounted() {
        for (PrinterCharset charset : PrinterCharset.values()) {
            PrintableText printable = new PrintableText(charset);
            String text = printable.clean("蛋糕🎂\uFE0F");
            // the emoji becomes a wide box; its invisible presentation selector is dropped but recorded
            assertThat(text).as(charset.name()).isEqualTo("蛋糕□");
            assertThat(printable.replacements()).as(charset.name())
                    .containsExactly(new Replacement(0x1F382, "□"), new Replacement(0xFE0F, ""));
            assertThat(TextWidth.of(text)).isEqualTo(TextWidth.of("蛋糕🎂"));
        }
    }

    @Test
    void narrowUnprintableCharacterBecomesAQuestionMarkSoColumnsStay() {
        PrintableText gbk = new PrintableText(PrinterCharset.GBK);
        assertThat(gbk.clean("Ñandú")).isEqualTo("?andú");
        assertThat(gbk.replacements()).containsExactly(new Replacement('Ñ', "?"));
    }

    @Test
    void controlCharactersNeverReachThePrinter() {
        PrintableText gbk = new PrintableText(PrinterCharset.GBK);
        // ESC d 9 inside a product name would otherwise feed nine lines
        assertThat(gbk.clean("Cola\u001Bd\u0009")).isEqualTo("Cola?d?");
        assertThat(gbk.replacements()).hasSize(2);
    }

    @Test
    void decomposedAccentsAreComposedFirst() {
        PrintableText gbk = new PrintableText(PrinterCharset.GBK);
        assertThat(gbk.clean("Cafe\u0301")).isEqualTo("Café");
        assertThat(gbk.replacements()).isEmpty();
    }

    @Test
    void replacementMarksAreThemselvesPrintable() {
        for (PrinterCharset charset : PrinterCharset.values()) {
            assertThat(charset.isPrintable(PrintableText.WIDE_MARK.codePointAt(0))).isTrue();
            assertThat(hex(charset.encode(PrintableText.WIDE_MARK))).isEqualTo("a1f5");
        }
    }
}
