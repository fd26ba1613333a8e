package cn.suanpan.bench.receipt;

import cn.suanpan.hardware.printer.RasterImage;
import cn.suanpan.hardware.printer.receipt.Adjustment;
import cn.suanpan.hardware.printer.receipt.ItemLine;
import cn.suanpan.hardware.printer.receipt.Receipt;
import cn.suanpan.hardware.printer.receipt.ReceiptHeader;
import cn.suanpan.hardware.printer.receipt.ReceiptMeta;
import cn.suanpan.hardware.printer.receipt.ReceiptQr;
import cn.suanpan.hardware.printer.receipt.TenderLine;
import cn.suanpan.hardware.printer.receipt.TotalLine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A big supermarket receipt: logo, 30 item lines (Chinese names, some weighed, every fifth
 * with a promotion), totals, two tenders, change, barcode and QR code.
 */
public final class ThirtyLineReceipt {

    private static final String[] NAMES = {
        "农夫山泉饮用天然水 550ml", "康师傅红烧牛肉面（五连包）", "红富士苹果（散装）", "可口可乐 330ml×6", "光明纯牛奶 250ml",
        "伊利安慕希酸奶 205g", "奥利奥夹心饼干 原味 116g", "乐事薯片 黄瓜味 75g", "洽洽香瓜子 308g", "卫龙大面筋 102g",
        "桃李醇熟切片面包", "达利园法式软面包 香奶味", "统一冰红茶 500ml", "东方树叶 茉莉花茶 500ml", "心相印抽纸 3包装",
        "蓝月亮洗衣液 1kg", "海天金标生抽 500ml", "恒顺香醋 500ml", "双汇王中王火腿肠", "德芙丝滑牛奶巧克力 43g",
        "大白兔奶糖 114g", "三只松鼠每日坚果 25g×7", "维他奶原味豆奶 250ml", "散装香蕉", "西红柿（散装）",
        "五常大米 5kg", "金龙鱼花生油 900ml", "思念水饺 猪肉白菜 500g", "Haagen-Dazs Vanilla 100ml", "Nescafé 1+2 Original 15g×7",
    };

    private ThirtyLineReceipt() {
    }

    public static Receipt build() {
        ReceiptHeader header = new ReceiptHeader("算盘便利店（漕溪路店）", "上海市徐汇区漕溪北路88号", "021-6488 1234",
                Optional.of(RasterImage.fromImage(logo(), 200)));
        ReceiptMeta meta = new ReceiptMeta("S01-T02-20250314-0042", LocalDateTime.of(2025, 3, 14, 18, 42, 7), "张丽", "T02");
        Receipt.Builder b = Receipt.builder(Locale.SIMPLIFIED_CHINESE, header, meta);
        for (int i = 0; i < NAMES.length; i++) {
            boolean weighed = NAMES[i].contains("散装");
            String qty = weighed ? "1.%03dkg".formatted(100 + i * 7) : Integer.toString(1 + i % 3);
            String price = "￥%d.%02d".formatted(2 + i, (i * 13) % 100);
            String amount = "￥%d.%02d".formatted((2 + i) * (1 + i % 3), (i * 29) % 100);
            List<Adjustment> adjustments = i % 5 == 4 ? List.of(new Adjustment("第二件半价", "-￥1.%02d".formatted(i))) : List.of();
            b.item(new ItemLine(NAMES[i], qty, price, amount, adjustments));
        }
        return b.total(TotalLine.of("件数", "58"))
                .total(TotalLine.of("小计", "￥512.37"))
                .total(TotalLine.of("优惠", "-￥7.35"))
                .total(TotalLine.total("合计", "￥505.02"))
                .tender(new TenderLine("微信支付", "￥400.00"))
                .tender(new TenderLine("现金", "￥110.00"))
                .change("￥4.98")
                .footer("谢谢惠顾，欢迎再次光临！")
                .footer("退换货请保留小票，7日内凭票办理")
                .barcode("0102202503140042")
                .qr(new ReceiptQr("https://suanpan.example/i/0102202503140042", "扫码开具电子发票"))
                .build();
    }

    /** A line-art logo the size of a typical shop logo (200 × 80 dots once on paper). */
    private static BufferedImage logo() {
        BufferedImage img = new BufferedImage(400, 160, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(8));
        g.drawRoundRect(10, 10, 380, 140, 40, 40);
        for (int rod = 0; rod < 7; rod++) {
            int x = 60 + rod * 47;
            g.drawLine(x, 20, x, 140);
            g.fillOval(x - 16, 40 + (rod % 3) * 12, 32, 22);
            g.fillOval(x - 16, 95 - (rod % 2) * 10, 32, 22);
        }
        g.drawLine(10, 75, 390, 75);
        g.dispose();
        return img;
    }
}
