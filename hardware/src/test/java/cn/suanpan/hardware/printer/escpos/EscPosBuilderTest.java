package cn.suanpan.hardware.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.printer.CutMode;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.RasterImage;
import cn.suanpan.hardware.printer.layout.Align;
import cn.suanpan.hardware.printer.layout.Replacement;
import cn.suanpan.hardware.printer.layout.TextSize;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class EscPosBuilderTest {

    private static String hex(EscPosBuilder builder) {
        return HexFormat.of().formatHex(builder.toByteArray());
    }

    @Test
    void initializeThenChineseMode() {
        assertThat(hex(new EscPosBuilder(PrinterCharset.GBK).initialize().chineseMode(true))).isEqualTo("1b40" + "1c26");
        assertThat(hex(new EscPosBuilder(PrinterCharset.GBK).chineseMode(false))).isEqualTo("1c2e");
    }

    @Test
    void styleCommandsAreSentOnlyWhenTheStyleChanges() {
        EscPosBuilder builder = new EscPosBuilder(PrinterCharset.GBK).initialize()
                .align(Align.LEFT).bold(false).size(TextSize.NORMAL).text("a").lineFeed()
                .align(Align.CENTER).bold(true).size(TextSize.DOUBLE).text("b").lineFeed()
                .align(Align.CENTER).bold(true).size(TextSize.DOUBLE).text("c").lineFeed()
                .size(TextSize.DOUBLE_HEIGHT).reverse(true).text("d").lineFeed();
        assertThat(hex(builder)).isEqualTo("1b40" + "610a"
                + "1b6101" + "1b4501" + "1d2111" + "620a"
                + "630a"
                + "1d2101" + "1d4201" + "640a");
    }

    @Test
    void doubleWidthOnlyIsHighNibble() {
        assertThat(hex(new EscPosBuilder(PrinterCharset.GBK).size(TextSize.DOUBLE_WIDTH))).isEqualTo("1d2110");
    }

    @Test
    void textIsEncodedInTheProfileCharsetAndUnprintableCharactersAreCounted() {
        EscPosBuilder gbk = new EscPosBuilder(PrinterCharset.GBK).text("𠀀￥1");
        assertThat(hex(gbk)).isEqualTo("a1f5" + "a3a4" + "31");
        assertThat(gbk.replacements()).containsExactly(new Replacement(0x20000, "□"));

        EscPosBuilder gb18030 = new EscPosBuilder(PrinterCharset.GB18030).text("𠀀￥1");
        assertThat(hex(gb18030)).isEqualTo("95328236" + "a3a4" + "31");
        assertThat(gb18030.replacements()).isEmpty();
    }

    @Test
    void code128CarriesItsCodeSetPrefixAndLength() {
        EscPosBuilder builder = new EscPosBuilder(PrinterCharset.GBK).code128(Code128Data.of("AB12"), 2, 80);
        // GS H 2, GS f 0, GS h 80, GS w 2, GS k 73 n {B A B 1 2
        assertThat(hex(builder)).isEqualTo("1d4802" + "1d6600" + "1d6850" + "1d7702" + "1d6b4906" + "7b42" + "41423132");
    }

    @Test
    void qrStoresTheUtf8ByteLengthNotTheCharacterCount() {
        String payload = "发票https://x.cn/1"; // 2 Chinese characters = 6 UTF-8 bytes
        int bytes = payload.getBytes(StandardCharsets.UTF_8).length;
        assertThat(bytes).isEqualTo(6 + 14);
        EscPosBuilder builder = new EscPosBuilder(PrinterCharset.GBK).qr(payload, 6);
        String expected = "1d286b0400314132" + "00"   // model 2
                + "1d286b03003143" + "06"           // module 6 dots
                + "1d286b03003145" + "31"           // level M
                + "1d286b" + "1700" + "315030"       // store: pL pH = 20 + 3 = 23
                + HexFormat.of().formatHex(payload.getBytes(StandardCharsets.UTF_8))
                + "1d286b0300315130";               // print
        assertThat(hex(builder)).isEqualTo(expected);
    }

    @Test
    void rasterIsSentInBandsOfAtMost255Rows() {
        int height = 300;
        RasterImage image = new RasterImage(10, height, new byte[2 * height]);
        byte[] out = new EscPosBuilder(PrinterCharset.GBK).raster(image).toByteArray();
        assertThat(HexFormat.of().formatHex(out, 0, 8)).isEqualTo("1d76300002" + "00ff00");
        int second = 8 + 2 * 255;
        assertThat(HexFormat.of().formatHex(out, second, second + 8)).isEqualTo("1d76300002" + "002d00");
        assertThat(out).hasSize(8 + 2 * 255 + 8 + 2 * 45);
    }

    @Test
    void cutFeedsToTheCutterFirst() {
        assertThat(hex(new EscPosBuilder(PrinterCharset.GBK).cut(CutMode.PARTIAL))).isEqualTo("1d564200");
        assertThat(hex(new EscPosBuilder(PrinterCharset.GBK).cut(CutMode.FULL))).isEqualTo("1d564100");
        assertThat(hex(new EscPosBuilder(PrinterCharset.GBK).cut(CutMode.NONE))).isEqualTo("1b6404");
    }
}
