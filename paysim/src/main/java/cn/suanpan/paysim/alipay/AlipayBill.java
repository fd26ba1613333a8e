package cn.suanpan.paysim.alipay;

import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimRefund;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The day's "业务明细" file of Alipay's trade bill: GBK text, comment lines starting with
 * {@code #} around a CSV table, every field followed by a tab (Alipay's guard against
 * spreadsheets rounding long numbers), refunds as lines of type 退款 with negative amounts.
 */
public final class AlipayBill {

    public static final Charset CHARSET = Charset.forName("GBK");
    static final String HEADER = "支付宝交易号,商户订单号,业务类型,商品名称,创建时间,完成时间,门店编号,门店名称,操作员,终端号,对方账户,"
            + "订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,支付宝优惠（元）,商家优惠（元）,券核销金额（元）,券名称,"
            + "商家红包消费金额（元）,卡消费金额（元）,退款批次号/请求号,服务费（元）,分润（元）,备注";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

    private AlipayBill() {
    }

    public static String render(MerchantKit kit, List<SimOrder> orders, LocalDate day, Instant exportedAt) {
        record Row(Instant at, List<String> fields) {
        }
        List<Row> rows = new ArrayList<>();
        int trades = 0;
        int refunds = 0;
        for (SimOrder o : orders) {
            if (!AlipaySim.WALLET.equals(o.wallet()) || o.authCode() == null) {
                continue;
            }
            String subject = o.subject() == null ? "" : o.subject().replace(",", " ");
            if (o.paidAt() != null && onDay(o.paidAt(), day)) {
                String amount = AlipaySim.yuan(o.totalFen());
                rows.add(new Row(o.paidAt(), List.of(o.txnId(), o.outTradeNo(), "交易", subject,
                        AlipaySim.TIME.format(o.createdAt()), AlipaySim.TIME.format(o.paidAt()), "", "", "", "",
                        "sim***@example.com", amount, amount, "0.00", "0.00", "0.00", "0.00", "0.00", "", "0.00", "0.00", "",
                        fee(o.totalFen(), false), "0.00", "")));
                trades++;
            }
            for (SimRefund r : o.refunds()) {
                if (onDay(r.at(), day)) {
                    rows.add(new Row(r.at(), List.of(o.txnId(), o.outTradeNo(), "退款", subject,
                            AlipaySim.TIME.format(o.createdAt()), AlipaySim.TIME.format(r.at()), "", "", "", "",
                            "sim***@example.com", AlipaySim.yuan(o.totalFen()), "-" + AlipaySim.yuan(r.amountFen()),
                            "0.00", "0.00", "0.00", "0.00", "0.00", "", "0.00", "0.00", r.outRefundNo(),
                            fee(r.amountFen(), true), "0.00", "")));
                    refunds++;
                }
            }
        }
        rows.sort(Comparator.comparing(Row::at));
        StringBuilder text = new StringBuilder();
        text.append("#支付宝业务明细查询\r\n");
        text.append("#账号：[").append(kit.alipaySellerId()).append("0156]\r\n");
        text.append("#起始日期：[").append(DAY.format(day)).append(" 00:00:00]   终止日期：[")
                .append(DAY.format(day.plusDays(1))).append(" 00:00:00]\r\n");
        text.append("#-----------------------------------------业务明细列表----------------------------------------\r\n");
        text.append(HEADER).append("\r\n");
        for (Row row : rows) {
            text.append(String.join(",", row.fields().stream().map(f -> f + "\t").toList())).append("\r\n");
        }
        text.append("#-----------------------------------------业务明细列表结束------------------------------------\r\n");
        text.append("#交易合计：").append(trades).append("笔，退款合计：").append(refunds).append("笔\r\n");
        text.append("#导出时间：[").append(DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm:ss")
                .withZone(AlipaySim.BEIJING).format(exportedAt)).append("]\r\n");
        return text.toString();
    }

    /**
     * The summary file (业务明细(汇总)) beside the detail file in the zip: one line per
     * store, then the total. Merchants' tools read the detail file; this one is for people.
     */
    public static String summary(MerchantKit kit, List<SimOrder> orders, LocalDate day, Instant exportedAt) {
        int trades = 0;
        int refunds = 0;
        long ordered = 0;
        long received = 0;
        java.math.BigDecimal fees = java.math.BigDecimal.ZERO;
        for (SimOrder o : orders) {
            if (!AlipaySim.WALLET.equals(o.wallet()) || o.authCode() == null) {
                continue;
            }
            if (o.paidAt() != null && onDay(o.paidAt(), day)) {
                trades++;
                ordered += o.totalFen();
                received += o.totalFen();
                fees = fees.add(new java.math.BigDecimal(fee(o.totalFen(), false)));
            }
            for (SimRefund r : o.refunds()) {
                if (onDay(r.at(), day)) {
                    refunds++;
                    received -= r.amountFen();
                    fees = fees.add(new java.math.BigDecimal(fee(r.amountFen(), true)));
                }
            }
        }
        String net = java.math.BigDecimal.valueOf(received, 2).add(fees).toPlainString();
        String total = String.join(",", trades + "", refunds + "", AlipaySim.yuan(ordered), AlipaySim.yuan(received),
                "0.00", "0.00", "0.00", "0.00", "0.00", fees.setScale(2).toPlainString(), "0.00", net);
        return "#支付宝业务汇总查询\r\n"
                + "#账号：[" + kit.alipaySellerId() + "0156]\r\n"
                + "#起始日期：[" + DAY.format(day) + " 00:00:00]   终止日期：[" + DAY.format(day.plusDays(1)) + " 00:00:00]\r\n"
                + "门店编号,门店名称,交易订单总笔数,退款订单总笔数,订单金额（元）,商家实收（元）,支付宝红包（元）,集分宝（元）,"
                + "支付宝优惠（元）,商家优惠（元）,卡消费金额（元）,服务费（元）,分润（元）,实收净额（元）\r\n"
                + ",," + total + "\r\n"
                + "合计,," + total + "\r\n"
                + "#导出时间：[" + DateTimeFormatter.ofPattern("yyyy年MM月dd日 HH:mm:ss").withZone(AlipaySim.BEIJING)
                .format(exportedAt) + "]\r\n";
    }

    private static String fee(long fen, boolean refund) {
        // 0.6% service fee, given back on refunds
        String f = java.math.BigDecimal.valueOf(fen, 2).multiply(new java.math.BigDecimal("0.006"))
                .setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        return refund ? f : "-" + f;
    }

    private static boolean onDay(Instant at, LocalDate day) {
        return at.atZone(AlipaySim.BEIJING).toLocalDate().equals(day);
    }
}
