package cn.suanpan.paysim.wechat;

import cn.suanpan.paysim.Answer;
import cn.suanpan.paysim.BillSchedule;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimOrder.Status;
import cn.suanpan.paysim.state.SimRefund;
import cn.suanpan.paysim.state.SimState;
import cn.suanpan.paysim.wire.WeChatWire;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * WeChat Pay v2 (merchant "付款码支付") as the wallet answers it: micropay, orderquery,
 * reverse and refund (both behind the merchant's client certificate), refundquery, and
 * downloadbill. Answers are signed with the sign type of the request.
 */
public final class WeChatSim {

    public static final String WALLET = "WECHAT";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BEIJING);
    private static final Pattern CODE = Pattern.compile("1[0-5]\\d{16}");

    private final MerchantKit kit;
    private final SimState state;
    private final FaultPlan faults;
    private final Duration refundWindow;
    private final Duration reverseWindow;
    private final BillSchedule bills;

    public WeChatSim(MerchantKit kit, SimState state, FaultPlan faults, Duration refundWindow, Duration reverseWindow,
                     BillSchedule bills) {
        this.kit = kit;
        this.state = state;
        this.faults = faults;
        this.refundWindow = refundWindow;
        this.reverseWindow = reverseWindow;
        this.bills = bills;
    }

    public Answer handle(String path, String body, boolean clientCertificate) {
        Map<String, String> req;
        try {
            req = WeChatWire.parse(body);
        } catch (IllegalArgumentException e) {
            return fail("XML格式错误");
        }
        if (!kit.wechatAppId().equals(req.get("appid")) || !kit.wechatMchId().equals(req.get("mch_id"))) {
            return fail("appid和mch_id不匹配");
        }
        String signType = req.getOrDefault("sign_type", WeChatWire.MD5);
        if (!signType.equals(WeChatWire.MD5) && !signType.equals(WeChatWire.HMAC_SHA256)) {
            return fail("签名类型错误");
        }
        if (!WeChatWire.sign(req, kit.wechatApiKey(), signType).equals(req.get("sign"))) {
            return fail("签名错误");
        }
        if (path.startsWith("/secapi/") && !clientCertificate) {
            return fail("证书错误");
        }
        Answer answer = switch (path) {
            case "/pay/micropay" -> micropay(req, signType);
            case "/pay/orderquery" -> orderQuery(req, signType);
            case "/secapi/pay/reverse" -> reverse(req, signType);
            case "/secapi/pay/refund" -> refund(req, signType);
            case "/pay/refundquery" -> refundQuery(req, signType);
            case "/pay/downloadbill" -> bill(req);
            default -> fail("未知接口");
        };
        return answer.delivery() == Answer.Delivery.NOW && faults.loseAnswer() ? answer.lost() : answer;
    }

    private Answer micropay(Map<String, String> req, String signType) {
        for (String field : List.of("body", "out_trade_no", "total_fee", "spbill_create_ip", "auth_code", "nonce_str")) {
            if (req.getOrDefault(field, "").isEmpty()) {
                return error(signType, "PARAM_ERROR", "缺少参数" + field, Map.of());
            }
        }
        String outTradeNo = req.get("out_trade_no");
        String authCode = req.get("auth_code");
        long total;
        try {
            total = Long.parseLong(req.get("total_fee"));
        } catch (NumberFormatException e) {
            return error(signType, "PARAM_ERROR", "total_fee格式错误", Map.of());
        }
        if (total <= 0) {
            return error(signType, "PARAM_ERROR", "total_fee必须大于0", Map.of());
        }
        Instant now = state.now();
        Scenario scenario = faults.forCode(authCode);
        Answer[] answer = new Answer[1];
        state.update(WALLET, outTradeNo, existing -> {
            if (existing != null) {
                answer[0] = again(existing, authCode, total, signType);
                return existing;
            }
            if (!CODE.matcher(authCode).matches()) {
                answer[0] = error(signType, "AUTH_CODE_ERROR", "授权码参数错误", Map.of());
                return null;
            }
            if (state.codeOwner(WALLET, authCode) != null) {
                answer[0] = error(signType, "AUTH_CODE_INVALID", "付款码已使用，请用户刷新付款码", Map.of());
                return null;
            }
            switch (scenario.kind()) {
                case CODE_EXPIRED -> answer[0] = error(signType, "AUTHCODEEXPIRE", "二维码已过期，请用户在微信上刷新后再试", Map.of());
                case CODE_INVALID -> answer[0] = error(signType, "AUTH_CODE_INVALID", "授权码检验错误", Map.of());
                case INSUFFICIENT_BALANCE -> answer[0] = error(signType, "NOTENOUGH", "余额不足", Map.of());
                default -> {
                }
            }
            if (answer[0] != null) {
                return null;
            }
            String txn = "4200000" + DateTimeFormatter.ofPattern("yyyyMMdd").withZone(BEIJING).format(now)
                    + String.format("%013d", state.nextSequence());
            Status status;
            Instant confirmAt = null;
            switch (scenario.kind()) {
                case USER_PAYING -> {
                    status = Status.USERPAYING;
                    confirmAt = now.plus(scenario.confirmAfter());
                }
                case NEVER_CONFIRMS, PAID_AFTER_REVERSE, RECALL -> status = Status.USERPAYING;
                case SYSTEM_ERROR_UNPAID -> status = Status.NOTPAY;
                case BANK_ERROR -> status = Status.PAYERROR;
                default -> status = Status.SUCCESS;
            }
            SimOrder order = new SimOrder(WALLET, outTradeNo, txn, authCode, total, req.get("body"), now, status, confirmAt,
                    status == Status.SUCCESS ? now : null, null, scenario, scenario.repeats(), List.of());
            answer[0] = switch (scenario.kind()) {
                case SYSTEM_ERROR_PAID, SYSTEM_ERROR_UNPAID -> error(signType, "SYSTEMERROR", "系统超时", Map.of());
                case BANK_ERROR -> error(signType, "BANKERROR", "银行系统异常", Map.of());
                case LOST_RESPONSE -> paid(order, signType).lost();
                case SLOW_RESPONSE -> paid(order, signType).late();
                default -> status == Status.SUCCESS ? paid(order, signType)
                        : error(signType, "USERPAYING", "需要用户输入支付密码", Map.of());
            };
            return order;
        });
        return answer[0];
    }

    /** A micropay repeated with an order number the wallet already knows. */
    private Answer again(SimOrder existing, String authCode, long total, String signType) {
        if (existing.authCode() == null) {
            // reversed before the payment request arrived
            return error(signType, "ORDERREVERSED", "订单已撤销", Map.of());
        }
        if (!existing.authCode().equals(authCode) || existing.totalFen() != total) {
            return error(signType, "OUT_TRADE_NO_USED", "商户订单号重复", Map.of());
        }
        return switch (existing.status()) {
            case SUCCESS -> error(signType, "ORDERPAID", "订单已支付", Map.of());
            case USERPAYING -> error(signType, "USERPAYING", "需要用户输入支付密码", Map.of());
            case CLOSED, REVOKED -> error(signType, "ORDERREVERSED", "订单已撤销", Map.of());
            case NOTPAY, PAYERROR -> error(signType, "TRADE_ERROR", "交易错误", Map.of());
        };
    }

    private Answer paid(SimOrder o, String signType) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("openid", "oSim" + Integer.toHexString(o.authCode().hashCode()));
        f.put("is_subscribe", "N");
        f.put("trade_type", "MICROPAY");
        f.put("bank_type", "OTHERS");
        f.put("fee_type", "CNY");
        f.put("total_fee", Long.toString(o.totalFen()));
        f.put("cash_fee", Long.toString(o.totalFen()));
        f.put("transaction_id", o.txnId());
        f.put("out_trade_no", o.outTradeNo());
        f.put("time_end", TIME.format(o.paidAt()));
        return success(signType, f);
    }

    private Answer orderQuery(Map<String, String> req, String signType) {
        SimOrder o = find(req);
        if (o == null) {
            return error(signType, "ORDERNOTEXIST", "此交易订单号不存在", Map.of());
        }
        if (o.authCode() == null) {
            // a reverse arrived before any payment: the order number is closed for good
            return success(signType, Map.of("out_trade_no", o.outTradeNo(), "trade_state", "REVOKED",
                    "trade_state_desc", "订单已撤销"));
        }
        String tradeState = switch (o.status()) {
            case SUCCESS -> o.refunds().isEmpty() ? "SUCCESS" : "REFUND";
            case USERPAYING -> "USERPAYING";
            case NOTPAY -> "NOTPAY";
            case PAYERROR -> "PAYERROR";
            case CLOSED, REVOKED -> "REVOKED";
        };
        Map<String, String> f = new LinkedHashMap<>();
        f.put("out_trade_no", o.outTradeNo());
        f.put("transaction_id", o.txnId());
        f.put("trade_type", "MICROPAY");
        f.put("trade_state", tradeState);
        f.put("trade_state_desc", tradeState);
        f.put("total_fee", Long.toString(o.totalFen()));
        f.put("cash_fee", Long.toString(o.totalFen()));
        f.put("fee_type", "CNY");
        if (o.paidAt() != null) {
            f.put("time_end", TIME.format(o.paidAt()));
        }
        return success(signType, f);
    }

    private Answer reverse(Map<String, String> req, String signType) {
        String outTradeNo = req.get("out_trade_no");
        if (outTradeNo == null || outTradeNo.isEmpty()) {
            return error(signType, "PARAM_ERROR", "缺少参数out_trade_no", Map.of("recall", "N"));
        }
        Instant now = state.now();
        Answer[] answer = new Answer[1];
        state.update(WALLET, outTradeNo, o -> {
            if (o == null) {
                // closes the number, so that a payment request still on its way is refused
                answer[0] = error(signType, "ORDERNOTEXIST", "订单不存在", Map.of("recall", "N"));
                return new SimOrder(WALLET, outTradeNo, null, null, 0, null, now, Status.CLOSED, null, null, now,
                        Scenario.NORMAL, 0, List.of());
            }
            if (o.retriesLeft() > 0 && o.status() != Status.CLOSED && o.status() != Status.REVOKED) {
                answer[0] = error(signType, "SYSTEMERROR", "系统超时，请重新调用撤销", Map.of("recall", "Y"));
                return o.withRetriesLeft(o.retriesLeft() - 1);
            }
            answer[0] = success(signType, Map.of("recall", "N"));
            return switch (o.status()) {
                case CLOSED, REVOKED -> o;
                case SUCCESS -> {
                    if (o.paidAt().plus(reverseWindow).isBefore(now)) {
                        answer[0] = error(signType, "REVERSE_EXPIRE", "订单已经超过撤销时间", Map.of("recall", "N"));
                        yield o;
                    }
                    long left = o.totalFen() - o.refundedFen();
                    SimOrder back = left > 0 ? o.plusRefund(new SimRefund("REVOKE-" + o.outTradeNo(),
                            refundId(), left, now)) : o;
                    yield back.withStatus(Status.REVOKED, o.paidAt(), now);
                }
                default -> o.scenario().kind() == Scenario.Kind.PAID_AFTER_REVERSE
                        // the customer's confirmation overtook the reverse: the money is taken after all
                        ? o.withStatus(Status.SUCCESS, now, null)
                        : o.withStatus(Status.CLOSED, null, now);
            };
        });
        return answer[0];
    }

    private Answer refund(Map<String, String> req, String signType) {
        for (String field : List.of("out_refund_no", "total_fee", "refund_fee")) {
            if (req.getOrDefault(field, "").isEmpty()) {
                return error(signType, "PARAM_ERROR", "缺少参数" + field, Map.of());
            }
        }
        SimOrder found = find(req);
        if (found == null || found.authCode() == null) {
            return error(signType, "ORDERNOTEXIST", "订单不存在", Map.of());
        }
        String outRefundNo = req.get("out_refund_no");
        long total = Long.parseLong(req.get("total_fee"));
        long fee = Long.parseLong(req.get("refund_fee"));
        Instant now = state.now();
        Answer[] answer = new Answer[1];
        state.update(WALLET, found.outTradeNo(), o -> {
            SimRefund earlier = o.refund(outRefundNo);
            if (earlier != null) {
                answer[0] = earlier.amountFen() == fee ? refunded(o, earlier, signType)
                        : error(signType, "PARAM_ERROR", "退款金额与之前请求不一致", Map.of());
                return o;
            }
            if (o.status() != Status.SUCCESS) {
                answer[0] = error(signType, "ERROR", "订单状态错误，不能退款", Map.of());
                return o;
            }
            if (total != o.totalFen()) {
                answer[0] = error(signType, "PARAM_ERROR", "订单金额与实际金额不符", Map.of());
                return o;
            }
            if (o.paidAt().plus(refundWindow).isBefore(now)) {
                answer[0] = error(signType, "TRADE_OVERDUE", "订单已经超过退款期限", Map.of());
                return o;
            }
            if (fee <= 0 || o.refundedFen() + fee > o.totalFen()) {
                answer[0] = error(signType, "ERROR", "累计退款金额大于支付金额", Map.of());
                return o;
            }
            SimRefund r = new SimRefund(outRefundNo, refundId(), fee, now);
            answer[0] = refunded(o, r, signType);
            return o.plusRefund(r);
        });
        return answer[0];
    }

    private String refundId() {
        return "5030" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    private Answer refunded(SimOrder o, SimRefund r, String signType) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("transaction_id", o.txnId());
        f.put("out_trade_no", o.outTradeNo());
        f.put("out_refund_no", r.outRefundNo());
        f.put("refund_id", r.refundId());
        f.put("refund_fee", Long.toString(r.amountFen()));
        f.put("total_fee", Long.toString(o.totalFen()));
        f.put("cash_fee", Long.toString(o.totalFen()));
        return success(signType, f);
    }

    private Answer refundQuery(Map<String, String> req, String signType) {
        String outRefundNo = req.get("out_refund_no");
        SimOrder o = req.containsKey("out_trade_no") || req.containsKey("transaction_id") ? find(req)
                : state.all().stream().filter(x -> WALLET.equals(x.wallet()) && x.refund(outRefundNo) != null)
                        .findFirst().orElse(null);
        List<SimRefund> refunds = o == null ? List.of() : outRefundNo == null ? o.refunds()
                : o.refunds().stream().filter(r -> r.outRefundNo().equals(outRefundNo)).toList();
        if (refunds.isEmpty()) {
            return error(signType, "REFUNDNOTEXIST", "退款订单查询失败", Map.of());
        }
        Map<String, String> f = new LinkedHashMap<>();
        f.put("transaction_id", o.txnId());
        f.put("out_trade_no", o.outTradeNo());
        f.put("total_fee", Long.toString(o.totalFen()));
        f.put("refund_count", Integer.toString(refunds.size()));
        for (int i = 0; i < refunds.size(); i++) {
            SimRefund r = refunds.get(i);
            f.put("out_refund_no_" + i, r.outRefundNo());
            f.put("refund_id_" + i, r.refundId());
            f.put("refund_fee_" + i, Long.toString(r.amountFen()));
            f.put("refund_status_" + i, "SUCCESS");
            f.put("refund_success_time_" + i, r.at().atZone(BEIJING).toLocalDateTime().toString().replace('T', ' '));
        }
        return success(signType, f);
    }

    /**
     * The day's bill as text; refused with "Bill Creating" before the bill is made the next
     * morning, and with "No Bill Exist" for a day without a payment or refund.
     */
    private Answer bill(Map<String, String> req) {
        if (!"ALL".equals(req.getOrDefault("bill_type", "ALL"))) {
            return fail("invalid bill_type");
        }
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(req.getOrDefault("bill_date", ""), DateTimeFormatter.BASIC_ISO_DATE);
        } catch (java.time.format.DateTimeParseException e) {
            return fail("data format error");
        }
        if (!bills.ready(day, state.now())) {
            return fail("Bill Creating");
        }
        String text = WeChatBill.render(kit, state.all(), day);
        if (text == null) {
            return fail("No Bill Exist");
        }
        return new Answer(text, "text/plain;charset=utf-8", Answer.Delivery.NOW);
    }

    private SimOrder find(Map<String, String> req) {
        String outTradeNo = req.get("out_trade_no");
        if (outTradeNo != null && !outTradeNo.isEmpty()) {
            return state.find(WALLET, outTradeNo);
        }
        String txn = req.get("transaction_id");
        return state.all().stream().filter(o -> WALLET.equals(o.wallet()) && txn != null && txn.equals(o.txnId()))
                .findFirst().orElse(null);
    }

    private Answer fail(String message) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("return_code", "FAIL");
        f.put("return_msg", message);
        return xml(f);
    }

    private Answer success(String signType, Map<String, String> fields) {
        Map<String, String> f = head("SUCCESS");
        f.putAll(fields);
        return signed(f, signType);
    }

    private Answer error(String signType, String code, String description, Map<String, String> fields) {
        Map<String, String> f = head("FAIL");
        f.put("err_code", code);
        f.put("err_code_des", description);
        f.putAll(fields);
        return signed(f, signType);
    }

    private Map<String, String> head(String resultCode) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("return_code", "SUCCESS");
        f.put("return_msg", "OK");
        f.put("appid", kit.wechatAppId());
        f.put("mch_id", kit.wechatMchId());
        f.put("nonce_str", UUID.randomUUID().toString().replace("-", "").substring(0, 16));
        f.put("result_code", resultCode);
        return f;
    }

    private Answer signed(Map<String, String> f, String signType) {
        f.put("sign", WeChatWire.sign(f, kit.wechatApiKey(), signType));
        return xml(f);
    }

    private static Answer xml(Map<String, String> f) {
        return new Answer(WeChatWire.toXml(f), "text/xml;charset=utf-8", Answer.Delivery.NOW);
    }
}
