package cn.suanpan.paysim.wechat;

import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimRefund;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The day's bill as WeChat Pay's downloadbill (bill_type=ALL) gives it: a header line, one
 * line per payment and per refund with every field prefixed by a backtick (so spreadsheet
 * programs keep long numbers as text), then a summary header and summary line.
 */
public final class WeChatBill {

    static final String HEADER = "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,"
            + "付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,"
            + "商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注";
    static final String SUMMARY = "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(WeChatSim.BEIJING);
    private static final BigDecimal RATE = new BigDecimal("0.006");

    private WeChatBill() {
    }

    /** The bill of {@code day} (Beijing time), or null when nothing happened that day ("No Bill Exist"). */
    public static String render(MerchantKit kit, List<SimOrder> orders, LocalDate day) {
        record Row(Instant at, List<String> fields) {
        }
        List<Row> rows = new ArrayList<>();
        BigDecimal settled = BigDecimal.ZERO;
        BigDecimal refunded = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        BigDecimal ordered = BigDecimal.ZERO;
        for (SimOrder o : orders) {
            if (!WeChatSim.WALLET.equals(o.wallet()) || o.authCode() == null) {
                continue;
            }
            if (o.paidAt() != null && onDay(o.paidAt(), day)) {
                BigDecimal amount = yuan(o.totalFen());
                BigDecimal fee = amount.multiply(RATE).setScale(5, RoundingMode.HALF_UP);
                rows.add(new Row(o.paidAt(), List.of(TIME.format(o.paidAt()), kit.wechatAppId(), kit.wechatMchId(), "0", "",
                        o.txnId(), o.outTradeNo(), "oSim" + Integer.toHexString(o.authCode().hashCode()), "MICROPAY",
                        "SUCCESS", "OTHERS", "CNY", amount.toPlainString(), "0.00", "0", "0", "0.00", "0.00", "", "",
                        o.subject() == null ? "" : o.subject(), "", fee.toPlainString(), "0.60%", amount.toPlainString(),
                        "0.00", "")));
                settled = settled.add(amount);
                ordered = ordered.add(amount);
                fees = fees.add(fee);
            }
            for (SimRefund r : o.refunds()) {
                if (!onDay(r.at(), day)) {
                    continue;
                }
                BigDecimal amount = yuan(r.amountFen());
                BigDecimal fee = amount.multiply(RATE).setScale(5, RoundingMode.HALF_UP).negate();
                boolean revoke = r.outRefundNo().startsWith("REVOKE-");
                rows.add(new Row(r.at(), List.of(TIME.format(r.at()), kit.wechatAppId(), kit.wechatMchId(), "0", "",
                        o.txnId(), o.outTradeNo(), "oSim" + Integer.toHexString(o.authCode().hashCode()), "MICROPAY",
                        revoke ? "REVOKED" : "REFUND", "OTHERS", "CNY", "0.00", "0.00", r.refundId(), r.outRefundNo(),
                        amount.toPlainString(), "0.00", "ORIGINAL", "SUCCESS", o.subject() == null ? "" : o.subject(), "",
                        fee.toPlainString(), "0.60%", yuan(o.totalFen()).toPlainString(), amount.toPlainString(), "")));
                refunded = refunded.add(amount);
                fees = fees.add(fee);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        rows.sort(Comparator.comparing(Row::at));
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        for (Row row : rows) {
            text.append(ticked(row.fields())).append("\r\n");
        }
        text.append(SUMMARY).append("\r\n");
        text.append(ticked(List.of(Integer.toString(rows.size()), settled.setScale(2).toPlainString(),
                refunded.setScale(2).toPlainString(), "0.00", fees.setScale(5).toPlainString(),
                ordered.setScale(2).toPlainString(), refunded.setScale(2).toPlainString()))).append("\r\n");
        return text.toString();
    }

    private static String ticked(List<String> fields) {
        return String.join(",", fields.stream().map(f -> "`" + f).toList());
    }

    private static boolean onDay(Instant at, LocalDate day) {
        return at.atZone(WeChatSim.BEIJING).toLocalDate().equals(day);
    }

    private static BigDecimal yuan(long fen) {
        return BigDecimal.valueOf(fen, 2);
    }
}
