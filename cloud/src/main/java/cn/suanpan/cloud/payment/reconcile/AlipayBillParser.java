package cn.suanpan.cloud.payment.reconcile;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the "业务明细" file of Alipay's trade bill: GBK text, {@code #} comment lines around
 * a CSV table whose fields carry a trailing tab, payments as 交易 and refunds as 退款 lines
 * (negative 商家实收). The trailer's counts must match the lines read.
 */
public final class AlipayBillParser {

    public static final Charset CHARSET = Charset.forName("GBK");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int MAX_DETAIL_BYTES = 64 * 1024 * 1024;

    private AlipayBillParser() {
    }

    /**
     * Reads the detail file out of the zip Alipay's bill link serves
     * ({@code <pid>_<date>_业务明细.csv} beside {@code …_业务明细(汇总).csv}; names in GBK).
     */
    public static List<BillLine> parseZip(byte[] zip) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), CHARSET)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName();
                if (!e.isDirectory() && name.endsWith("业务明细.csv")) {
                    // read with a limit: a small zip may unpack to a huge file
                    byte[] file = in.readNBytes(MAX_DETAIL_BYTES + 1);
                    if (file.length > MAX_DETAIL_BYTES) {
                        throw new BillFormatException("the Alipay detail file is over " + MAX_DETAIL_BYTES + " bytes");
                    }
                    return parse(file);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new BillFormatException("the Alipay bill is not a readable zip: " + e.getMessage(), e);
        }
        throw new BillFormatException("the Alipay bill zip holds no 业务明细 file");
    }

    public static List<BillLine> parse(byte[] file) {
        return parse(new String(file, CHARSET));
    }

    public static List<BillLine> parse(String text) {
        List<String> header = null;
        int tradeNo = 0;
        int order = 0;
        int type = 0;
        int subject = 0;
        int done = 0;
        int total = 0;
        int received = 0;
        int requestNo = 0;
        List<BillLine> out = new ArrayList<>();
        int trades = 0;
        int refunds = 0;
        Integer expectedTrades = null;
        Integer expectedRefunds = null;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("#交易合计：(\\d+)笔，退款合计：(\\d+)笔").matcher(line);
                if (m.find()) {
                    expectedTrades = Integer.parseInt(m.group(1));
                    expectedRefunds = Integer.parseInt(m.group(2));
                }
                continue;
            }
            List<String> f = new ArrayList<>(Arrays.stream(line.split(",", -1)).map(String::strip).toList());
            if (header == null) {
                header = f;
                tradeNo = column(header, "支付宝交易号");
                order = column(header, "商户订单号");
                type = column(header, "业务类型");
                subject = column(header, "商品名称");
                done = column(header, "完成时间");
                total = column(header, "订单金额（元）");
                received = column(header, "商家实收（元）");
                requestNo = column(header, "退款批次号/请求号");
                continue;
            }
            // a product name holding commas spreads over several fields: join them back
            while (f.size() > header.size()) {
                f.set(subject, f.get(subject) + "," + f.remove(subject + 1));
            }
            if (f.size() < header.size()) {
                throw new BillFormatException("a line has " + f.size() + " fields, not " + header.size() + ": " + line);
            }
            java.time.Instant at = LocalDateTime.parse(f.get(done), TIME).atZone(BEIJING).toInstant();
            switch (f.get(type)) {
                case "交易" -> {
                    out.add(new BillLine(Wallet.ALIPAY, f.get(order), f.get(tradeNo), LedgerEntry.Kind.PAY, null,
                            money(f.get(total)), at));
                    trades++;
                }
                case "退款" -> {
                    out.add(new BillLine(Wallet.ALIPAY, f.get(order), f.get(tradeNo), LedgerEntry.Kind.REFUND,
                            f.get(requestNo), money(f.get(received)).negate(), at));
                    refunds++;
                }
                default -> {
                    // other business types (e.g. 收费) are not sales
                }
            }
        }
        if (header == null) {
            throw new BillFormatException("the Alipay bill has no table");
        }
        if (expectedTrades == null) {
            throw new BillFormatException("the Alipay bill has no totals: cut short?");
        }
        if (expectedTrades != trades || expectedRefunds != refunds) {
            throw new BillFormatException("the Alipay bill counts " + expectedTrades + " trades and " + expectedRefunds
                    + " refunds, its table has " + trades + " and " + refunds);
        }
        return out;
    }

    private static int column(List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new BillFormatException("the Alipay bill has no column " + name);
        }
        return i;
    }

    private static Money money(String yuan) {
        try {
            return Money.parse(yuan);
        } catch (NumberFormatException e) {
            throw new BillFormatException("not an amount: " + yuan, e);
        }
    }
}
