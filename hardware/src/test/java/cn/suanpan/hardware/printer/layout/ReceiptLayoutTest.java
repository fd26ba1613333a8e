package cn.suanpan.hardware.printer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.hardware.printer.PaperWidth;
import cn.suanpan.hardware.printer.PrinterCharset;
import cn.suanpan.hardware.printer.SampleReceipts;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReceiptLayoutTest {

    private static LaidOutReceipt layout(SampleReceipts.Sample sample) {
        return new ReceiptLayout(sample.profile().paper(), sample.profile().charset()).layout(sample.receipt());
    }

    private static List<PrintBlock.Text> texts(LaidOutReceipt laidOut) {
        return laidOut.blocks().stream().filter(PrintBlock.Text.class::isInstance).map(PrintBlock.Text.class::cast).toList();
    }

    private static Receipt.Builder minimal(Locale locale) {
        return Receipt.builder(locale, new ReceiptHeader("店", "", ""),
                new ReceiptMeta("R1", LocalDateTime.of(2025, 1, 2, 3, 4, 5), "A", "T1"));
    }

    @Test
    void everyLineFitsThePaperAtItsSize() {
        for (SampleReceipts.Sample sample : SampleReceipts.all()) {
            int columns = sample.profile().paper().columns();
            assertThat(texts(layout(sample))).as(sample.name()).allSatisfy(text ->
                    assertThat(TextWidth.of(text.text()) * text.size().widthFactor()).isLessThanOrEqualTo(columns));
        }
    }

    @Test
    void chinese58ItemsPutNumbersRightAlignedUnderTheName() {
        List<String> lines = layout(SampleReceipts.chinese58WithPromotions()).textLines();
        assertThat(lines).containsSubsequence(
                "商品  数量       单价       金额",
                "--------------------------------",
                "农夫山泉饮用天然水 550ml",
                "         2     ￥2.00     ￥4.00",
                "  第二件半价             -￥1.00",
                "康师傅红烧牛肉面（五连包）",
                "         1    ￥16.50    ￥16.50",
                "红富士苹果（散装）",
                "   1.256kg     ￥9.80    ￥12.31");
        // amounts end in the last column
        assertThat(lines).filteredOn(line -> line.startsWith(" ") && line.contains("￥")).hasSize(8).allSatisfy(line ->
                assertThat(TextWidth.of(line)).isEqualTo(32));
    }

    @Test
    void english80ItemsShareTheLineWithTheirNumbersAndWrapWithinTheNameColumn() {
        List<String> lines = layout(SampleReceipts.english80SplitTender()).textLines();
        assertThat(lines).containsSubsequence(
                "Item                    Qty     Price     Amount",
                "------------------------------------------------",
                "Flat White (large,        2   ￥32.00    ￥64.00",
                "oat milk)",
                "  Member 10% off                         -￥6.40",
                "Sourdough Loaf,           1   ￥38.00    ￥38.00",
                "Whole Wheat & Rye,",
                "Sliced",
                "Cold Brew Coffee    0.250kg  ￥280.00    ￥70.00",
                "Beans");
    }

    @Test
    void metaAndTendersInTheReceiptLanguage() {
        List<String> zh = layout(SampleReceipts.chinese58WithPromotions()).textLines();
        assertThat(zh).contains("单号：S01-T02-20250314-0042", "时间：2025-03-14 18:42:07",
                "收银员：张丽         收银台：T02", "微信支付                 ￥52.71");
        List<String> en = layout(SampleReceipts.english80SplitTender()).textLines();
        assertThat(en).contains("Receipt: S01-T01-20250314-0107", "Cashier: Li Wei                        Till: T01",
                "Change                                   ￥20.00");
    }

    @Test
    void totalIsPrintedDoubleSizeWhenItFitsHalfTheColumns() {
        PrintBlock.Text total = texts(layout(SampleReceipts.chinese58WithPromotions())).stream()
                .filter(t -> t.text().startsWith("合计")).findFirst().orElseThrow();
        assertThat(total.size()).isEqualTo(TextSize.DOUBLE);
        assertThat(total.bold()).isTrue();
        assertThat(total.text()).isEqualTo("合计     ￥52.71");
    }

    @Test
    void totalTooWideForDoubleWidthIsPrintedDoubleHeight() {
        Receipt receipt = minimal(Locale.SIMPLIFIED_CHINESE).total(TotalLine.total("应付金额合计", "￥123456.78")).build();
        PrintBlock.Text total = texts(new ReceiptLayout(PaperWidth.MM58, PrinterCharset.GBK).layout(receipt)).stream()
                .filter(t -> t.text().startsWith("应付")).findFirst().orElseThrow();
        assertThat(total.size()).isEqualTo(TextSize.DOUBLE_HEIGHT);
        assertThat(TextWidth.of(total.text())).isEqualTo(32);
    }

    @Test
    void numbersTooWideForTheirColumnsGetALineOfTheirOwn() {
        Receipt receipt = minimal(Locale.ENGLISH).item(new ItemLine("Rice", "12345.678kg", "￥1.00", "￥12345.68")).build();
        List<String> lines = new ReceiptLayout(PaperWidth.MM80, PrinterCharset.GBK).layout(receipt).textLines();
        assertThat(lines).containsSubsequence("Rice", "                 12345.678kg  ￥1.00  ￥12345.68");
    }

    @Test
    void trainingReceiptIsMarkedAtTopAndBottom() {
        LaidOutReceipt laidOut = layout(SampleReceipts.chineseTraining80());
        List<PrintBlock.Text> texts = texts(laidOut);
        assertThat(texts.getFirst().text()).isEqualTo("*** 练习模式 TRAINING ***");
        assertThat(texts.getFirst().reverse()).isTrue();
        assertThat(texts.get(texts.size() - 2).text()).isEqualTo("*** 练习模式 TRAINING ***");
        assertThat(texts.getLast().text()).isEqualTo("练习小票，不作购物凭证");
        assertThat(laidOut.blocks().getLast()).isInstanceOf(PrintBlock.Cut.class);

        assertThat(layout(SampleReceipts.chinese58WithPromotions()).textLines())
                .noneMatch(line -> line.contains("TRAINING"));
    }

    @Test
    void unprintableCharactersAreReplacedBeforeMeasuringSoColumnsHold() {
        LaidOutReceipt laidOut = layout(SampleReceipts.chineseTraining80());
        assertThat(laidOut.replacements()).containsExactly(new Replacement(0x1F382, "□"));
        assertThat(laidOut.textLines()).contains(
                "生日蛋糕□（6寸）         1  ￥128.00   ￥128.00",
                "𠮷野家牛肉饭              2   ￥26.00    ￥52.00",
                "收银员：王䶮                         收银台：T03");
    }

    @Test
    void sameReceiptOnGbkReplacesTheRareCharactersToo() {
        SampleReceipts.Sample training = SampleReceipts.chineseTraining80();
        LaidOutReceipt gbk = new ReceiptLayout(PaperWidth.MM80, PrinterCharset.GBK).layout(training.receipt());
        assertThat(gbk.replacements()).extracting(Replacement::codePoint)
                .containsExactlyInAnyOrder(0x1F382, "𠮷".codePointAt(0), "䶮".codePointAt(0));
        assertThat(gbk.textLines()).contains("□野家牛肉饭              2   ￥26.00    ￥52.00");
    }

    @Test
    void storeNameWrapsAtHalfTheColumns() {
        List<PrintBlock.Text> header = texts(layout(SampleReceipts.chinese58WithPromotions())).stream()
                .filter(t -> t.size() == TextSize.DOUBLE && t.align() == Align.CENTER).toList();
        assertThat(header).extracting(PrintBlock.Text::text).containsExactly("算盘便利店（漕溪", "路店）");
    }

    @Test
    void codesComeAfterTheFooterAndTheLogoFirst() {
        List<PrintBlock> blocks = layout(SampleReceipts.chinese58WithPromotions()).blocks();
        assertThat(blocks.getFirst()).isInstanceOf(PrintBlock.Image.class);
        assertThat(blocks).filteredOn(PrintBlock.Barcode.class::isInstance)
                .containsExactly(new PrintBlock.Barcode("0102202503140042", Align.CENTER));
        assertThat(blocks).filteredOn(PrintBlock.Qr.class::isInstance)
                .containsExactly(new PrintBlock.Qr("https://suanpan.example/i/0102202503140042", Align.CENTER));
    }
}
