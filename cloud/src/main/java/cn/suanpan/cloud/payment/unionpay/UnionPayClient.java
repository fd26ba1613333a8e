package cn.suanpan.cloud.payment.unionpay;

import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.wire.NoAnswer;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The acquirer's consumer-presented QR calls (被扫, version 5.1.0), one request each, no
 * rules: consume (txnType 01), query (00), reverse (99, 冲正), refund (04) and the daily
 * settlement file (file transfer, 76). Requests are
 * form posts signed by the merchant; every answer must carry the acquirer's valid signature
 * and name our merchant and order, or it is no answer at all.
 */
public final class UnionPayClient {

    static final String BACK_PATH = "/gateway/api/backTransReq.do";
    static final String QUERY_PATH = "/gateway/api/queryTrans.do";
    static final String FILE_PATH = "/gateway/api/fileTransfer.do";
    private static final DateTimeFormatter TXN_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final UnionPayConfig config;
    private final ProviderHttp http;
    private final Clock clock;

    public UnionPayClient(UnionPayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = new ProviderHttp(config.tls(), config.connectTimeout(), config.readTimeout());
    }

    /** Consume of a scanned code (txnSubType 06); {@code txnTime} is the intent's, see {@link UnionPayNumbers}. */
    public UnionPayReply consume(Charge charge, String txnTime) throws NoAnswer {
        Map<String, String> f = common("01", "06", UnionPayNumbers.orderId(charge.outTradeNo()), txnTime);
        f.put("channelType", "08");
        f.put("txnAmt", String.valueOf(charge.amount().fen()));
        f.put("currencyCode", "156");
        f.put("qrNo", charge.authCode());
        if (charge.description() != null && !charge.description().isBlank()) {
            f.put("orderDesc", charge.description());
        }
        return call(BACK_PATH, f);
    }

    /** The state of a consume or refund, by its own orderId and txnTime. */
    public UnionPayReply query(String orderId, String txnTime) throws NoAnswer {
        return call(QUERY_PATH, common("00", "00", orderId, txnTime));
    }

    /**
     * Reverse (冲正) of a consume whatever became of it: an unpaid one is closed, a paid one
     * given back. The reverse is a request of its own (orderId {@code <order>V}, sent now).
     */
    public UnionPayReply reverse(String origOrderId, String origTxnTime) throws NoAnswer {
        Map<String, String> f = common("99", "01", origOrderId + "V", TXN_TIME.format(clock.instant()));
        f.put("origOrderId", origOrderId);
        f.put("origTxnTime", origTxnTime);
        return call(BACK_PATH, f);
    }

    /** A refund with its own orderId (the refund number): repeating it is the same refund. */
    public UnionPayReply refund(Refund refund, String txnTime, String origTxnTime) throws NoAnswer {
        Map<String, String> f = common("04", "00", UnionPayNumbers.orderId(refund.outRefundNo()), txnTime);
        f.put("channelType", "08");
        f.put("txnAmt", String.valueOf(refund.amount().fen()));
        f.put("currencyCode", "156");
        f.put("origOrderId", UnionPayNumbers.orderId(refund.outTradeNo()));
        f.put("origTxnTime", origTxnTime);
        return call(BACK_PATH, f);
    }

    /**
     * The merchant's settlement file of {@code day} (file transfer, txnType 76). The answer's
     * signature covers {@code fileContent}, so a file altered on the way is no answer.
     */
    public UnionPayReply settlementFile(LocalDate day) throws NoAnswer {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", "5.1.0");
        f.put("encoding", "UTF-8");
        f.put("signMethod", "01");
        f.put("certId", config.certId());
        f.put("txnType", "76");
        f.put("txnSubType", "01");
        f.put("bizType", "000000");
        f.put("accessType", "0");
        f.put("merId", config.merId());
        f.put("settleDate", DateTimeFormatter.BASIC_ISO_DATE.format(day));
        f.put("txnTime", TXN_TIME.format(clock.instant()));
        f.put("fileType", "00");
        f.put("signature", UnionPaySigner.sign(f, config.merchantKey()));
        String body = http.post(config.baseUrl() + FILE_PATH, "application/x-www-form-urlencoded;charset=UTF-8", form(f));
        return checkFile(body, f.get("settleDate"));
    }

    /** The answer to a file transfer, if it is signed by the acquirer and about our merchant and {@code settleDate}. */
    UnionPayReply checkFile(String body, String settleDate) throws NoAnswer {
        Map<String, String> fields = verified(body);
        if (!config.merId().equals(fields.get("merId")) || !settleDate.equals(fields.get("settleDate"))) {
            throw new NoAnswer("the acquirer's answer is about another merchant or day", true, null);
        }
        return new UnionPayReply(fields);
    }

    private Map<String, String> common(String txnType, String txnSubType, String orderId, String txnTime) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", "5.1.0");
        f.put("encoding", "UTF-8");
        f.put("signMethod", "01");
        f.put("certId", config.certId());
        f.put("txnType", txnType);
        f.put("txnSubType", txnSubType);
        f.put("bizType", "000000");
        f.put("accessType", "0");
        f.put("merId", config.merId());
        f.put("orderId", orderId);
        f.put("txnTime", txnTime);
        return f;
    }

    private UnionPayReply call(String path, Map<String, String> fields) throws NoAnswer {
        fields.put("signature", UnionPaySigner.sign(fields, config.merchantKey()));
        String body = http.post(config.baseUrl() + path, "application/x-www-form-urlencoded;charset=UTF-8", form(fields));
        return check(body, fields.get("orderId"));
    }

    /** The answer, if it is a form signed by the acquirer about our merchant and {@code orderId}. */
    UnionPayReply check(String body, String orderId) throws NoAnswer {
        Map<String, String> fields = verified(body);
        if (!config.merId().equals(fields.get("merId")) || !orderId.equals(fields.get("orderId"))) {
            throw new NoAnswer("the acquirer's answer is about another merchant or order", true, null);
        }
        return new UnionPayReply(fields);
    }

    private Map<String, String> verified(String body) throws NoAnswer {
        Map<String, String> fields = parse(body);
        if (fields == null || !fields.containsKey("respCode")) {
            throw new NoAnswer("the acquirer answered something that is not a QR API answer", true, null);
        }
        if (!fields.containsKey("signature")) {
            throw new NoAnswer("the acquirer's answer is not signed", true, null);
        }
        if (!UnionPaySigner.verify(fields, config.acquirerKey())) {
            throw new NoAnswer("the acquirer's answer has a wrong signature", true, null);
        }
        return fields;
    }

    static String form(Map<String, String> fields) {
        StringBuilder out = new StringBuilder();
        fields.forEach((k, v) -> {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return out.toString();
    }

    /** A form body as fields; null if it is not one (a pair without '=', a bad escape, a name twice). */
    static Map<String, String> parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.strip().split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            try {
                String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
                if (fields.put(name, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)) != null) {
                    return null;
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return fields;
    }
}
