package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads WeChat Pay's day bill (downloadbill, bill_type=ALL): a header, one line per payment
 * (交易状态 SUCCESS) or refund (REFUND, REVOKED) with every field prefixed by a backtick,
 * then a summary whose count must match — a bill cut short is refused, not half-read.
 * Columns are found by their names, so added columns do not break it.
 */
public final class WeChatBillParser {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private WeChatBillParser() {
    }

    public static List<BillLine> parse(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new BillFormatException("an empty WeChat Pay bill");
        }
        List<String> header = Arrays.asList(lines.getFirst().strip().replace("\uFEFF", "").split(","));
        int time = column(header, "交易时间");
        int txn = column(header, "微信订单号");
        int order = column(header, "商户订单号");
        int state = column(header, "交易状态");
        int total = column(header, "订单金额");
        int refundNo = column(header, "商户退款单号");
        int refundAmount = column(header, "申请退款金额");
        List<BillLine> out = new ArrayList<>();
        int i = 1;
        for (; i < lines.size() && !lines.get(i).startsWith("总交易单数"); i++) {
            String[] f = fields(lines.get(i));
            if (f.length < header.size()) {
                throw new BillFormatException("line " + (i + 1) + " has " + f.length + " fields, not " + header.size());
            }
            LocalDateTime at = LocalDateTime.parse(f[time], TIME);
            switch (f[state]) {
                case "SUCCESS" -> out.add(new BillLine(Wallet.WECHAT, f[order], f[txn], LedgerEntry.Kind.PAY, null,
                        money(f[total], i), at.atZone(BEIJING).toInstant()));
                case "REFUND", "REVOKED" -> out.add(new BillLine(Wallet.WECHAT, f[order], f[txn], LedgerEntry.Kind.REFUND,
                        f[refundNo], money(f[refundAmount], i), at.atZone(BEIJING).toInstant()));
                default -> {
                    // NOTPAY, CLOSED and the like move no money
                }
            }
        }
        if (i + 1 >= lines.size()) {
            throw new BillFormatException("the WeChat Pay bill has no summary: cut short?");
        }
        int count = Integer.parseInt(fields(lines.get(i + 1))[0]);
        if (count != i - 1) {
            throw new BillFormatException("the summary counts " + count + " lines, the bill has " + (i - 1));
        }
        return out;
    }

    private static String[] fields(String line) {
        String l = line.strip();
        if (!l.startsWith("`")) {
            throw new BillFormatException("not a WeChat Pay bill line: " + l);
        }
        // every field starts with a backtick, so ",`" separates fields even when a name holds a comma
        return l.substring(1).split(",`", -1);
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new BillFormatException("the WeChat Pay bill has no column " + name);
        }
        return i;
    }

    private static Money money(String yuan, int line) {
        try {
            return Money.parse(yuan);
        } catch (NumberFormatException e) {
            throw new BillFormatException("line " + (line + 1) + ": not an amount: " + yuan, e);
        }
    }
}
