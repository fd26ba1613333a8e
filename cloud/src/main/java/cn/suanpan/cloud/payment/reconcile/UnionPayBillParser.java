package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a UnionPay acquirer's daily settlement file (对账文件) of one merchant, UnionPay or
 * e-CNY alike: plain text, one record a line, fields separated by {@code |}:
 * <pre>
 * H|merId|settleDate|count
 * D|txnType|orderId|origOrderId|txnTime|txnAmt|queryId|origQueryId|settleDate
 * T|count|consumeFen|refundFen
 * </pre>
 * txnType 01 is a consume, 04 a refund, 99 the reverse (冲正) of a paid consume, which gives
 * the money back as a refund does; amounts are fen, txnTime yyyyMMddHHmmss Beijing. The
 * file must be of our merchant and day, and its header and trailer must count its lines and
 * sum its money: a file cut short or garbled is refused whole, never half-read.
 *
 * <p>The acquirer's orderId is our number without its dashes (a UUID's 32 hex digits, a
 * suffix such as the automatic refund's {@code R} kept after them); it is turned back into
 * the number the cloud's ledger knows.
 */
public final class UnionPayBillParser {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Pattern FEN = Pattern.compile("[1-9]\\d{0,11}");
    private static final Pattern OUR_NUMBER = Pattern.compile("([0-9a-f]{8})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{4})([0-9a-f]{12})(.*)");
    private static final int DETAIL_FIELDS = 9;

    private UnionPayBillParser() {
    }

    public static List<BillLine> parse(Wallet wallet, String merId, LocalDate day, String text) {
        List<String> lines = text.replace("\uFEFF", "").lines().filter(l -> !l.isBlank()).map(String::strip).toList();
        if (lines.size() < 2) {
            throw new BillFormatException("the " + wallet + " settlement file has no header and trailer: cut short?");
        }
        String settle = DateTimeFormatter.BASIC_ISO_DATE.format(day);
        String[] header = lines.getFirst().split("\\|", -1);
        if (header.length != 4 || !header[0].equals("H")) {
            throw new BillFormatException("the " + wallet + " settlement file does not start with its header: " + lines.getFirst());
        }
        if (!header[1].equals(merId) || !header[2].equals(settle)) {
            throw new BillFormatException("the " + wallet + " settlement file is of merchant " + header[1] + " on " + header[2]
                    + ", not " + merId + " on " + settle);
        }
        String[] trailer = lines.getLast().split("\\|", -1);
        if (trailer.length != 4 || !trailer[0].equals("T")) {
            throw new BillFormatException("the " + wallet + " settlement file has no trailer: cut short?");
        }
        List<BillLine> out = new ArrayList<>();
        long consumed = 0;
        long refunded = 0;
        for (int i = 1; i < lines.size() - 1; i++) {
            String[] f = lines.get(i).split("\\|", -1);
            if (f.length != DETAIL_FIELDS || !f[0].equals("D")) {
                throw new BillFormatException("line " + (i + 1) + " of the " + wallet + " settlement file has " + f.length
                        + " fields, not " + DETAIL_FIELDS + ": " + lines.get(i));
            }
            if (!f[8].equals(settle)) {
                throw new BillFormatException("line " + (i + 1) + " is settled on " + f[8] + ", not " + settle);
            }
            Money amount = Money.ofFen(fen(f[5], i));
            var at = time(f[4], i).atZone(BEIJING).toInstant();
            switch (f[1]) {
                case "01" -> {
                    out.add(new BillLine(wallet, ourNumber(f[2], i), f[6], LedgerEntry.Kind.PAY, null, amount, at));
                    consumed += amount.fen();
                }
                case "04", "99" -> {
                    if (f[3].isEmpty()) {
                        throw new BillFormatException("line " + (i + 1) + ": a refund without the consume it gives back");
                    }
                    out.add(new BillLine(wallet, ourNumber(f[3], i), f[7], LedgerEntry.Kind.REFUND, ourNumber(f[2], i), amount,
                            at));
                    refunded += amount.fen();
                }
                default -> throw new BillFormatException("line " + (i + 1) + ": unknown txnType " + f[1]);
            }
        }
        int details = lines.size() - 2;
        if (!header[3].equals(Integer.toString(details)) || !trailer[1].equals(Integer.toString(details))) {
            throw new BillFormatException("the " + wallet + " settlement file counts " + header[3] + "/" + trailer[1]
                    + " lines, it has " + details + ": cut short?");
        }
        if (!trailer[2].equals(Long.toString(consumed)) || !trailer[3].equals(Long.toString(refunded))) {
            throw new BillFormatException("the " + wallet + " settlement file's totals " + trailer[2] + "/" + trailer[3]
                    + " fen are not the sums of its lines, " + consumed + "/" + refunded);
        }
        return out;
    }

    /** The cloud's number for an acquirer orderId: the UUID's dashes put back, a suffix after a dash of its own. */
    static String ourNumber(String orderId, int line) {
        if (orderId.isEmpty()) {
            throw new BillFormatException("line " + (line + 1) + " has no orderId");
        }
        var m = OUR_NUMBER.matcher(orderId);
        if (!m.matches()) {
            return orderId;
        }
        String uuid = m.group(1) + "-" + m.group(2) + "-" + m.group(3) + "-" + m.group(4) + "-" + m.group(5);
        return m.group(6).isEmpty() ? uuid : uuid + "-" + m.group(6);
    }

    private static long fen(String text, int line) {
        if (!FEN.matcher(text).matches()) {
            throw new BillFormatException("line " + (line + 1) + ": not an amount in fen: " + text);
        }
        return Long.parseLong(text);
    }

    private static LocalDateTime time(String text, int line) {
        try {
            return LocalDateTime.parse(text, TIME);
        } catch (DateTimeParseException e) {
            throw new BillFormatException("line " + (line + 1) + ": not a txnTime: " + text, e);
        }
    }
}
