package cn.suanpan.hardware.printer;

import cn.suanpan.hardware.printer.receipt.Adjustment;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.ReceiptQr;
import cn.suanpan.hardware.printer.receipt.TenderLine;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;

/** The sample receipts behind the golden files and the pictures in docs/receipts. */
public final class SampleReceipts {

    /** A sample, the printer it is printed on, and the name of its golden file. */
    public record Sample(String name, Receipt receipt, PrinterProfile profile) {
        @Override
        public String toString() {
            return name;
        }
    }

    private SampleReceipts() {
    }

    public static List<Sample> all() {
        return List.of(chinese58WithPromotions(), english80SplitTender(), chineseTraining80());
    }

    /** A convenience store on a 58 mm GBK printer: logo, weighed goods, promotions, QR for the e-invoice. */
    public static Sample chinese58WithPromotions() {
        ReceiptHeader header = new ReceiptHeader("算盘便利店（漕溪路店）", "上海市徐汇区漕溪北路88号", "021-6488 1234",
                Optional.of(logo(176)));
        ReceiptMeta meta = new ReceiptMeta("S01-T02-20250314-0042", LocalDateTime.of(2025, 3, 14, 18, 42, 7), "张丽", "T02");
        Receipt receipt = Receipt.builder(Locale.SIMPLIFIED_CHINESE, header, meta)
                .item(new ItemLine("农夫山泉饮用天然水 550ml", "2", "￥2.00", "￥4.00",
                        List.of(new Adjustment("第二件半价", "-￥1.00"))))
                .item(new ItemLine("康师傅红烧牛肉面（五连包）", "1", "￥16.50", "￥16.50"))
                .item(new ItemLine("红富士苹果（散装）", "1.256kg", "￥9.80", "￥12.31"))
                .item(new ItemLine("可口可乐 330ml×6", "1", "￥15.90", "￥15.90",
                        List.of(new Adjustment("会员价", "-￥2.00"))))
                .item(new ItemLine("光明纯牛奶 250ml", "3", "￥3.50", "￥10.50",
                        List.of(new Adjustment("买二送一", "-￥3.50"))))
                .total(TotalLine.of("件数", "8"))
                .total(TotalLine.of("小计", "￥59.21"))
                .total(TotalLine.of("优惠", "-￥6.50"))
                .total(TotalLine.total("合计", "￥52.71"))
                .tender(new TenderLine("微信支付", "￥52.71"))
                .footer("谢谢惠顾，欢迎再次光临！")
                .footer("退换货请保留小票，7日内凭票办理")
                .barcode("0102202503140042")
                .qr(new ReceiptQr("https://suanpan.example/i/0102202503140042", "扫码开具电子发票"))
                .build();
        return new Sample("zh-58-promotions", receipt, PrinterProfile.standard(PaperWidth.MM58, PrinterCharset.GBK));
    }

    /** A café on an 80 mm GBK printer: English labels, a long name, paid by WeChat and cash with change. */
    public static Sample english80SplitTender() {
        ReceiptHeader header = new ReceiptHeader("Suanpan Coffee & Bakery", "88 Caoxi North Road, Xuhui, Shanghai",
                "+86 21 6488 1234");
        ReceiptMeta meta = new ReceiptMeta("S01-T01-20250314-0107", LocalDateTime.of(2025, 3, 14, 9, 15, 30), "Li Wei", "T01");
        Receipt receipt = Receipt.builder(Locale.ENGLISH, header, meta)
                .item(new ItemLine("Flat White (large, oat milk)", "2", "￥32.00", "￥64.00",
                        List.of(new Adjustment("Member 10% off", "-￥6.40"))))
                .item(new ItemLine("Butter Croissant", "3", "￥12.00", "￥36.00",
                        List.of(new Adjustment("3 for 2", "-￥12.00"))))
                .item(new ItemLine("Sourdough Loaf, Whole Wheat & Rye, Sliced", "1", "￥38.00", "￥38.00"))
                .item(new ItemLine("Cold Brew Coffee Beans", "0.250kg", "￥280.00", "￥70.00"))
                .total(TotalLine.of("Items", "7"))
                .total(TotalLine.of("Subtotal", "￥208.00"))
                .total(TotalLine.of("Discounts", "-￥18.40"))
                .total(TotalLine.total("TOTAL", "￥189.60"))
                .tender(new TenderLine("WeChat Pay", "￥89.60"))
                .tender(new TenderLine("Cash", "￥120.00"))
                .change("￥20.00")
                .footer("Thank you for visiting!")
                .footer("Wi-Fi: SuanpanGuest")
                .qr(new ReceiptQr("https://suanpan.example/r/S01-T01-20250314-0107", "Scan for your e-receipt"))
                .build();
        return new Sample("en-80-split-tender", receipt, PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GBK));
    }

    /**
     * A practice sale on an 80 mm GB18030 printer: rare characters (䶮, 𠮷) print, the cake
     * emoji does not and shows as □.
     */
    public static Sample chineseTraining80() {
        ReceiptHeader header = new ReceiptHeader("算盘烘焙坊", "上海市徐汇区漕溪北路88号", "021-6488 5678");
        ReceiptMeta meta = new ReceiptMeta("TR-S01-T03-20250314-0007", LocalDateTime.of(2025, 3, 14, 14, 3, 59), "王䶮", "T03");
        Receipt receipt = Receipt.builder(Locale.SIMPLIFIED_CHINESE, header, meta)
                .item(new ItemLine("生日蛋糕🎂（6寸）", "1", "￥128.00", "￥128.00",
                        List.of(new Adjustment("会员九折", "-￥12.80"))))
                .item(new ItemLine("𠮷野家牛肉饭", "2", "￥26.00", "￥52.00"))
                .total(TotalLine.of("小计", "￥180.00"))
                .total(TotalLine.of("优惠", "-￥12.80"))
                .total(TotalLine.total("合计", "￥167.20"))
                .tender(new TenderLine("现金", "￥200.00"))
                .change("￥32.80")
                .footer("谢谢惠顾")
                .barcode("TR0103202503140007")
                .training(true)
                .build();
        return new Sample("zh-80-training", receipt, PrinterProfile.standard(PaperWidth.MM80, PrinterCharset.GB18030));
    }

    /** The abacus logo, scaled to at most {@code maxWidth} dots. */
    public static RasterImage logo(int maxWidth) {
        try (InputStream in = SampleReceipts.class.getResourceAsStream("/logo/abacus.png")) {
            return RasterImage.fromImage(ImageIO.read(in), maxWidth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
