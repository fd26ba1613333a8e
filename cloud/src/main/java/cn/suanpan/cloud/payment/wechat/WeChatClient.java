package cn.suanpan.cloud.payment.wechat;

import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.wire.NoAnswer;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The WeChat Pay v2 calls a shop needs for payment codes, one request each, no rules: the
 * gateway decides what an answer means. Every answer is checked before it is believed: a
 * well-formed document, our app id and merchant number, and a correct signature (an answer
 * with {@code return_code=FAIL} carries no signature and is believed only as a refusal).
 */
public final class WeChatClient {

    private final WeChatConfig config;
    private final ProviderHttp http;
    private final SecureRandom random = new SecureRandom();

    public WeChatClient(WeChatConfig config) {
        this.config = config;
        this.http = new ProviderHttp(config.tls(), config.connectTimeout(), config.readTimeout());
    }

    public WeChatReply micropay(Charge charge) throws NoAnswer {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("device_info", charge.terminalId());
        f.put("body", charge.description() == null || charge.description().isBlank() ? "Suanpan" : charge.description());
        f.put("out_trade_no", charge.outTradeNo());
        f.put("total_fee", Long.toString(charge.amount().fen()));
        f.put("fee_type", "CNY");
        f.put("spbill_create_ip", config.serverIp());
        f.put("auth_code", charge.authCode());
        return call("/pay/micropay", f);
    }

    public WeChatReply orderQuery(String outTradeNo) throws NoAnswer {
        return call("/pay/orderquery", Map.of("out_trade_no", outTradeNo));
    }

    /** Reverse (撤销): closes an unpaid order, or gives a paid one back. Needs the client certificate. */
    public WeChatReply reverse(String outTradeNo) throws NoAnswer {
        return call("/secapi/pay/reverse", Map.of("out_trade_no", outTradeNo));
    }

    /** Refund; {@code out_refund_no} makes a repeat return the same refund. Needs the client certificate. */
    public WeChatReply refund(Refund refund) throws NoAnswer {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("out_trade_no", refund.outTradeNo());
        f.put("out_refund_no", refund.outRefundNo());
        f.put("total_fee", Long.toString(refund.total().fen()));
        f.put("refund_fee", Long.toString(refund.amount().fen()));
        f.put("refund_fee_type", "CNY");
        f.put("refund_desc", refund.reason());
        return call("/secapi/pay/refund", f);
    }

    /** All refunds of an order (refund_count, then out_refund_no_N, refund_fee_N, refund_status_N …). */
    public WeChatReply refundQuery(String outTradeNo) throws NoAnswer {
        return call("/pay/refundquery", Map.of("out_trade_no", outTradeNo));
    }

    /**
     * The day's bill (bill_type ALL, {@code day} in Beijing time): its text as
     * {@code WeChatBillParser} reads it, or WeChat Pay's refusal (e.g. "No Bill Exist",
     * "Bill Creating"). A bill comes as plain text, a refusal as the usual XML.
     */
    public DownloadedBill downloadBill(java.time.LocalDate day) throws NoAnswer {
        Map<String, String> f = signed(Map.of("bill_date", day.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                "bill_type", "ALL"));
        String text = http.post(config.baseUrl() + "/pay/downloadbill", "text/xml;charset=utf-8", WeChatXml.write(f));
        if (!text.stripLeading().startsWith("<xml>")) {
            return new DownloadedBill(text, null);
        }
        WeChatReply reply = check(text);
        if (reply.refused()) {
            return new DownloadedBill(null, reply.message() == null ? "" : reply.message());
        }
        throw new NoAnswer("WeChat Pay answered the bill request with a document that is no bill", true, null);
    }

    /** Either the bill's text or WeChat Pay's refusal message. */
    public record DownloadedBill(String text, String refusal) {
    }

    private Map<String, String> signed(Map<String, String> business) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("appid", config.appId());
        f.put("mch_id", config.mchId());
        f.put("nonce_str", nonce());
        if (config.signType() != WeChatSigner.SignType.MD5) {
            f.put("sign_type", config.signType().wire());
        }
        f.putAll(business);
        f.put("sign", WeChatSigner.sign(f, config.apiKey(), config.signType()));
        return f;
    }

    private WeChatReply call(String path, Map<String, String> business) throws NoAnswer {
        Map<String, String> f = signed(business);
        String text = http.post(config.baseUrl() + path, "text/xml;charset=utf-8", WeChatXml.write(f));
        return check(text);
    }

    WeChatReply check(String text) throws NoAnswer {
        Map<String, String> fields;
        try {
            fields = WeChatXml.read(text);
        } catch (IllegalArgumentException e) {
            throw new NoAnswer("WeChat Pay answered something that is not its XML", true, e);
        }
        WeChatReply reply = new WeChatReply(fields);
        if (reply.refused()) {
            return reply;
        }
        if (!config.appId().equals(fields.get("appid")) || !config.mchId().equals(fields.get("mch_id"))) {
            throw new NoAnswer("WeChat Pay answered for another merchant", true, null);
        }
        if (!WeChatSigner.verify(fields, config.apiKey(), config.signType())) {
            throw new NoAnswer("WeChat Pay's answer has a wrong signature", true, null);
        }
        return reply;
    }

    private String nonce() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
