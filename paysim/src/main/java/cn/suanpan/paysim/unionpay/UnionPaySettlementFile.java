package cn.suanpan.paysim.unionpay;

import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimRefund;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A merchant's daily settlement file (对账文件) as the acquirer's file transfer hands it out,
 * plain UTF-8 text, one record a line, fields separated by {@code |}:
 * <pre>
 * H|merId|settleDate|count
 * D|txnType|orderId|origOrderId|txnTime|txnAmt|queryId|origQueryId|settleDate
 * T|count|consumeFen|refundFen
 * </pre>
 * txnType is 01 (consume), 04 (refund) or 99 (reverse of a paid consume, 冲正); amounts are
 * fen; txnTime yyyyMMddHHmmss Beijing; settleDate yyyyMMdd. A refund or reverse names the
 * consume by origOrderId and origQueryId, and a consume leaves both empty. The trailer
 * counts the D lines, so a file cut short is told from a short day.
 */
public final class UnionPaySettlementFile {

    public static final String CONSUME = "01";
    public static final String REFUND = "04";
    public static final String REVERSE = "99";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BEIJING);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private UnionPaySettlementFile() {
    }

    /** The file of {@code wallet}'s merchant ({@link UnionPaySim#UNIONPAY} or {@link UnionPaySim#ECNY}) for {@code day}. */
    public static String render(String wallet, String merId, List<SimOrder> orders, LocalDate day) {
        record Row(Instant at, String line) {
        }
        String settle = DATE.format(day);
        List<Row> rows = new ArrayList<>();
        long consumed = 0;
        long refunded = 0;
        for (SimOrder o : orders) {
            if (!wallet.equals(o.wallet()) || o.authCode() == null) {
                continue;
            }
            if (o.paidAt() != null && onDay(o.paidAt(), day)) {
                rows.add(new Row(o.paidAt(), String.join("|", "D", CONSUME, o.outTradeNo(), "", TIME.format(o.paidAt()),
                        Long.toString(o.totalFen()), o.txnId(), "", settle)));
                consumed += o.totalFen();
            }
            for (SimRefund r : o.refunds()) {
                if (onDay(r.at(), day)) {
                    boolean reverse = r.outRefundNo().startsWith("REVOKE-");
                    rows.add(new Row(r.at(), String.join("|", "D", reverse ? REVERSE : REFUND,
                            reverse ? o.outTradeNo() + "V" : r.outRefundNo(), o.outTradeNo(), TIME.format(r.at()),
                            Long.toString(r.amountFen()), reverse ? o.txnId() + "V" : r.refundId(), o.txnId(), settle)));
                    refunded += r.amountFen();
                }
            }
        }
        rows.sort(Comparator.comparing(Row::at));
        StringBuilder text = new StringBuilder();
        text.append(String.join("|", "H", merId, settle, Integer.toString(rows.size()))).append("\r\n");
        rows.forEach(r -> text.append(r.line()).append("\r\n"));
        text.append(String.join("|", "T", Integer.toString(rows.size()), Long.toString(consumed), Long.toString(refunded)))
                .append("\r\n");
        return text.toString();
    }

    private static boolean onDay(Instant at, LocalDate day) {
        return at.atZone(BEIJING).toLocalDate().equals(day);
    }
}
