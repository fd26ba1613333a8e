package cn.suanpan.cloud.payment.alipay;

import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.wire.NoAnswer;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Alipay openapi calls a shop needs for bar codes, one request each, no rules. Every
 * answer's signature is checked; only the gateway-level refusals that Alipay sends unsigned
 * (20001 authorisation, 40002 invalid arguments such as our own bad signature) are believed
 * without one, and only as refusals.
 */
public final class AlipayClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AlipayConfig config;
    private final ProviderHttp http;
    private final Clock clock;

    public AlipayClient(AlipayConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.http = new ProviderHttp(config.tls(), config.connectTimeout(), config.readTimeout());
    }

    /** alipay.trade.pay, scene bar_code. */
    public AlipayReply pay(Charge charge) throws NoAnswer {
        Map<String, Object> biz = new LinkedHashMap<>();
        biz.put("out_trade_no", charge.outTradeNo());
        biz.put("scene", "bar_code");
        biz.put("auth_code", charge.authCode());
        biz.put("subject", charge.description() == null || charge.description().isBlank() ? "Suanpan" : charge.description());
        biz.put("total_amount", charge.amount().plain());
        biz.put("terminal_id", charge.terminalId());
        return call("alipay.trade.pay", biz);
    }

    public AlipayReply query(String outTradeNo) throws NoAnswer {
        return call("alipay.trade.query", Map.of("out_trade_no", outTradeNo));
    }

    /** alipay.trade.cancel: closes an unpaid trade, or refunds a paid one ({@code action=refund}). */
    public AlipayReply cancel(String outTradeNo) throws NoAnswer {
        return call("alipay.trade.cancel", Map.of("out_trade_no", outTradeNo));
    }

    /** alipay.trade.refund; {@code out_request_no} makes a repeat the same refund, and allows several partial ones. */
    public AlipayReply refund(Refund refund) throws NoAnswer {
        Map<String, Object> biz = new LinkedHashMap<>();
        biz.put("out_trade_no", refund.outTradeNo());
        biz.put("refund_amount", refund.amount().plain());
        biz.put("out_request_no", refund.outRefundNo());
        if (refund.reason() != null && !refund.reason().isBlank()) {
            biz.put("refund_reason", refund.reason());
        }
        return call("alipay.trade.refund", biz);
    }

    /** alipay.trade.fastpay.refund.query: an answer without refund_amount means no such refund. */
    public AlipayReply refundQuery(String outTradeNo, String outRequestNo) throws NoAnswer {
        return call("alipay.trade.fastpay.refund.query", Map.of("out_trade_no", outTradeNo, "out_request_no", outRequestNo));
    }

    /** alipay.data.dataservice.bill.downloadurl.query: a link (valid 30 s) to the day's trade bill. */
    public AlipayReply billDownloadUrl(java.time.LocalDate day) throws NoAnswer {
        return call("alipay.data.dataservice.bill.downloadurl.query", Map.of("bill_type", "trade",
                "bill_date", day.toString()));
    }

    /** The file a bill link leads to (a zip), at most {@code maxBytes}. */
    public byte[] download(String url, int maxBytes) throws NoAnswer {
        return http.get(url, maxBytes);
    }

    private AlipayReply call(String method, Map<String, Object> biz) throws NoAnswer {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("app_id", config.appId());
        params.put("method", method);
        params.put("format", "JSON");
        params.put("charset", "utf-8");
        params.put("sign_type", "RSA2");
        params.put("timestamp", TIMESTAMP.format(clock.instant()));
        params.put("version", "1.0");
        try {
            params.put("biz_content", JSON.writeValueAsString(biz));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        params.put("sign", AlipaySigner.sign(AlipaySigner.signingText(params), config.appPrivateKey()));
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String body = http.post(config.gatewayUrl(), "application/x-www-form-urlencoded;charset=utf-8", form);
        return check(body, method.replace('.', '_') + "_response");
    }

    AlipayReply check(String body, String node) throws NoAnswer {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new NoAnswer("Alipay answered something that is not JSON", true, e);
        }
        String name = root.has(node) ? node : "error_response";
        JsonNode fields = root.get(name);
        if (fields == null || !fields.isObject()) {
            throw new NoAnswer("Alipay's answer has no " + node, true, null);
        }
        AlipayReply reply = new AlipayReply(fields);
        JsonNode sign = root.get("sign");
        if (sign == null || sign.asText().isEmpty()) {
            if ("20001".equals(reply.code()) || "40002".equals(reply.code())) {
                return reply;
            }
            throw new NoAnswer("Alipay's answer is not signed", true, null);
        }
        String content = AlipaySigner.signedContent(body, name);
        if (content == null || !AlipaySigner.verify(content, sign.asText(), config.alipayPublicKey())) {
            throw new NoAnswer("Alipay's answer has a wrong signature", true, null);
        }
        return reply;
    }
}
