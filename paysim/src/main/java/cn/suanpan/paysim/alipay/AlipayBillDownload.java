package cn.suanpan.paysim.alipay;

import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.SimState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The file side of Alipay's trade bill: {@code alipay.data.dataservice.bill.downloadurl.query}
 * answers with a link that works for 30 seconds; the link serves {@code <pid>_<date>.csv.zip}
 * holding the detail file (业务明细) and its summary (业务明细(汇总)), both GBK, their
 * names GBK too (no UTF-8 flag), as Alipay's zips come.
 */
public final class AlipayBillDownload {

    public static final String PATH = "/downloadBillFile.resource";
    static final Duration LINK_LIFE = Duration.ofSeconds(30);
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private final MerchantKit kit;
    private final SimState state;
    private final Supplier<String> base;
    private final byte[] key = new byte[32];

    /** @param base where the links point (the simulator's TLS root, known once it listens) */
    public AlipayBillDownload(MerchantKit kit, SimState state, Supplier<String> base) {
        this.kit = kit;
        this.state = state;
        this.base = base;
        new SecureRandom().nextBytes(key);
    }

    /** A fresh link to the trade bill of {@code day}. */
    String link(LocalDate day) {
        Map<String, String> q = new LinkedHashMap<>();
        q.put("bizType", "trade");
        q.put("userId", kit.alipaySellerId());
        q.put("fileType", "csv.zip");
        q.put("bizDates", BASIC.format(day));
        q.put("downloadFileName", fileName(day) + ".csv.zip");
        q.put("timestamp", Long.toString(state.now().toEpochMilli()));
        q.put("token", token(q));
        return base.get() + PATH + "?" + q.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The zip a link leads to, or null for a link that is forged, altered or older than 30 seconds. */
    public byte[] serve(Map<String, String> query) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String name : new String[]{"bizType", "userId", "fileType", "bizDates", "downloadFileName", "timestamp"}) {
            String v = query.get(name);
            if (v == null) {
                return null;
            }
            q.put(name, v);
        }
        String given = query.getOrDefault("token", "");
        if (!MessageDigest.isEqual(token(q).getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        Instant issued;
        LocalDate day;
        try {
            issued = Instant.ofEpochMilli(Long.parseLong(q.get("timestamp")));
            day = LocalDate.parse(q.get("bizDates"), BASIC);
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
        if (state.now().isAfter(issued.plus(LINK_LIFE))) {
            return null;
        }
        return zip(kit, state, day);
    }

    /** The bill's zip as the link serves it. */
    public static byte[] zip(MerchantKit kit, SimState state, LocalDate day) {
        Instant exported = state.now();
        String name = fileName(kit, day);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, AlipayBill.CHARSET)) {
            zip.putNextEntry(new ZipEntry(name + "_业务明细.csv"));
            zip.write(AlipayBill.render(kit, state.all(), day, exported).getBytes(AlipayBill.CHARSET));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(name + "_业务明细(汇总).csv"));
            zip.write(AlipayBill.summary(kit, state.all(), day, exported).getBytes(AlipayBill.CHARSET));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private String fileName(LocalDate day) {
        return fileName(kit, day);
    }

    private static String fileName(MerchantKit kit, LocalDate day) {
        return kit.alipaySellerId() + "0156_" + BASIC.format(day);
    }

    private String token(Map<String, String> q) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String text = q.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
