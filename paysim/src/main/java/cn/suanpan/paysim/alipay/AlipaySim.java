package cn.suanpan.paysim.alipay;

import cn.suanpan.paysim.Answer;
import cn.suanpan.paysim.BillSchedule;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimOrder.Status;
import cn.suanpan.paysim.state.SimRefund;
import cn.suanpan.paysim.state.SimState;
import cn.suanpan.paysim.wire.AlipayWire;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Alipay openapi as the wallet answers it at {@code gateway.do}: a form post signed RSA2
 * with the merchant's app key, answered with {@code {"<method>_response":{…},"sign":"…"}}
 * where the sign covers the exact text of the inner object, made with the wallet's key.
 */
public final class AlipaySim {

    public static final String WALLET = "ALIPAY";
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(BEIJING);
    private static final Pattern CODE = Pattern.compile("(2[5-9]|30)\\d{14,22}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MerchantKit kit;
    private final SimState state;
    private final FaultPlan faults;
    private final Duration refundWindow;
    private final BillSchedule bills;
    private final AlipayBillDownload downloads;

    public AlipaySim(MerchantKit kit, SimState state, FaultPlan faults, Duration refundWindow, BillSchedule bills,
                     AlipayBillDownload downloads) {
        this.kit = kit;
        this.state = state;
        this.faults = faults;
        this.refundWindow = refundWindow;
        this.bills = bills;
        this.downloads = downloads;
    }

    public Answer handle(Map<String, String> params) {
        String method = params.getOrDefault("method", "");
        String node = method.replace('.', '_') + "_response";
        if (!kit.alipayAppId().equals(params.get("app_id"))) {
            return answer(node, error("40002", "Invalid Arguments", "isv.invalid-app-id", "无效的AppID参数"));
        }
        if (!"RSA2".equals(params.get("sign_type"))
                || !AlipayWire.verify(AlipayWire.signingText(params), params.get("sign"), kit.merchantAlipayPublic())) {
            return answer(node, error("40002", "Invalid Arguments", "isv.invalid-signature", "验签出错"));
        }
        JsonNode biz;
        try {
            biz = JSON.readTree(params.getOrDefault("biz_content", "{}"));
        } catch (JsonProcessingException e) {
            return answer(node, error("40002", "Invalid Arguments", "isv.invalid-parameter", "biz_content格式错误"));
        }
        Answer a = switch (method) {
            case "alipay.trade.pay" -> pay(node, biz);
            case "alipay.trade.query" -> query(node, biz);
            case "alipay.trade.cancel" -> cancel(node, biz);
            case "alipay.trade.refund" -> refund(node, biz);
            case "alipay.trade.fastpay.refund.query" -> refundQuery(node, biz);
            case "alipay.data.dataservice.bill.downloadurl.query" -> billUrl(node, biz);
            default -> answer("error_response", error("40004", "Business Failed", "isv.invalid-method", "不存在的方法名"));
        };
        return a.delivery() == Answer.Delivery.NOW && faults.loseAnswer() ? a.lost() : a;
    }

    private Answer pay(String node, JsonNode biz) {
        String outTradeNo = text(biz, "out_trade_no");
        String authCode = text(biz, "auth_code");
        if (outTradeNo.isEmpty() || authCode.isEmpty() || !"bar_code".equals(text(biz, "scene"))) {
            return answer(node, business("ACQ.INVALID_PARAMETER", "参数无效"));
        }
        long total;
        try {
            total = new BigDecimal(text(biz, "total_amount")).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return answer(node, business("ACQ.INVALID_PARAMETER", "total_amount格式错误"));
        }
        Instant now = state.now();
        Scenario scenario = faults.forCode(authCode);
        Answer[] out = new Answer[1];
        state.update(WALLET, outTradeNo, existing -> {
            if (existing != null) {
                out[0] = again(node, existing, authCode, total);
                return existing;
            }
            if (!CODE.matcher(authCode).matches() || state.codeOwner(WALLET, authCode) != null) {
                out[0] = answer(node, business("ACQ.PAYMENT_AUTH_CODE_INVALID", "支付失败，获取顾客账户信息失败，请顾客刷新付款码后重新收款"));
                return null;
            }
            switch (scenario.kind()) {
                case CODE_EXPIRED -> out[0] = answer(node, business("ACQ.PAYMENT_AUTH_CODE_INVALID", "付款码已过期，请顾客刷新付款码"));
                case CODE_INVALID -> out[0] = answer(node, business("ACQ.PAYMENT_AUTH_CODE_INVALID", "付款码无效"));
                case INSUFFICIENT_BALANCE -> out[0] = answer(node, business("ACQ.BUYER_BALANCE_NOT_ENOUGH", "买家余额不足"));
                case BANK_ERROR -> out[0] = answer(node, business("ACQ.PAYMENT_FAIL", "支付失败"));
                default -> {
                }
            }
            if (out[0] != null) {
                return null;
            }
            String tradeNo = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(BEIJING).format(now) + "22001"
                    + String.format("%015d", state.nextSequence());
            Status status;
            Instant confirmAt = null;
            switch (scenario.kind()) {
                case USER_PAYING -> {
                    status = Status.USERPAYING;
                    confirmAt = now.plus(scenario.confirmAfter());
                }
                case NEVER_CONFIRMS, PAID_AFTER_REVERSE, RECALL -> status = Status.USERPAYING;
                case SYSTEM_ERROR_UNPAID -> status = Status.NOTPAY;
                default -> status = Status.SUCCESS;
            }
            SimOrder order = new SimOrder(WALLET, outTradeNo, tradeNo, authCode, total, text(biz, "subject"), now, status,
                    confirmAt, status == Status.SUCCESS ? now : null, null, scenario, scenario.repeats(), List.of());
            out[0] = switch (scenario.kind()) {
                case SYSTEM_ERROR_PAID, SYSTEM_ERROR_UNPAID ->
                        answer(node, error("20000", "Service Currently Unavailable", "isp.unknow-error", "系统繁忙"));
                case LOST_RESPONSE -> answer(node, paid(order)).lost();
                case SLOW_RESPONSE -> answer(node, paid(order)).late();
                default -> status == Status.SUCCESS ? answer(node, paid(order)) : answer(node, waiting(order));
            };
            return order;
        });
        return out[0];
    }

    private Answer again(String node, SimOrder existing, String authCode, long total) {
        if (existing.authCode() == null) {
            return answer(node, business("ACQ.TRADE_HAS_CLOSE", "交易已经关闭"));
        }
        if (!existing.authCode().equals(authCode) || existing.totalFen() != total) {
            return answer(node, business("ACQ.CONTEXT_INCONSISTENT", "交易信息被篡改"));
        }
        return switch (existing.status()) {
            case SUCCESS -> answer(node, business("ACQ.TRADE_HAS_SUCCESS", "交易已被支付"));
            case USERPAYING, NOTPAY -> answer(node, waiting(existing));
            case CLOSED, REVOKED, PAYERROR -> answer(node, business("ACQ.TRADE_HAS_CLOSE", "交易已经关闭"));
        };
    }

    private Map<String, Object> paid(SimOrder o) {
        Map<String, Object> f = ok();
        f.put("trade_no", o.txnId());
        f.put("out_trade_no", o.outTradeNo());
        f.put("buyer_logon_id", "sim***@example.com");
        f.put("buyer_user_id", "2088" + String.format("%012d", Math.abs((long) o.authCode().hashCode())));
        f.put("total_amount", yuan(o.totalFen()));
        f.put("receipt_amount", yuan(o.totalFen()));
        f.put("gmt_payment", TIME.format(o.paidAt()));
        return f;
    }

    private Map<String, Object> waiting(SimOrder o) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", "10003");
        f.put("msg", " order success pay inprocess");
        f.put("trade_no", o.txnId());
        f.put("out_trade_no", o.outTradeNo());
        f.put("total_amount", yuan(o.totalFen()));
        return f;
    }

    private Answer query(String node, JsonNode biz) {
        SimOrder o = state.find(WALLET, text(biz, "out_trade_no"));
        if (o == null || o.authCode() == null) {
            return answer(node, business("ACQ.TRADE_NOT_EXIST", "交易不存在"));
        }
        Map<String, Object> f = ok();
        f.put("trade_no", o.txnId());
        f.put("out_trade_no", o.outTradeNo());
        f.put("trade_status", switch (o.status()) {
            case USERPAYING, NOTPAY -> "WAIT_BUYER_PAY";
            // refunded in full, a trade is closed; past the refund window it is finished
            case SUCCESS -> o.refundedFen() >= o.totalFen() ? "TRADE_CLOSED"
                    : o.paidAt().plus(refundWindow).isBefore(state.now()) ? "TRADE_FINISHED" : "TRADE_SUCCESS";
            case PAYERROR, CLOSED, REVOKED -> "TRADE_CLOSED";
        });
        f.put("total_amount", yuan(o.totalFen()));
        if (o.paidAt() != null) {
            f.put("send_pay_date", TIME.format(o.paidAt()));
        }
        return answer(node, f);
    }

    private Answer cancel(String node, JsonNode biz) {
        String outTradeNo = text(biz, "out_trade_no");
        if (outTradeNo.isEmpty()) {
            return answer(node, business("ACQ.INVALID_PARAMETER", "参数无效"));
        }
        Instant now = state.now();
        Answer[] out = new Answer[1];
        state.update(WALLET, outTradeNo, o -> {
            if (o == null) {
                // closes the number, so that a payment request still on its way is refused
                out[0] = answer(node, cancelled(outTradeNo, null, "close"));
                return new SimOrder(WALLET, outTradeNo, null, null, 0, null, now, Status.CLOSED, null, null, now,
                        Scenario.NORMAL, 0, List.of());
            }
            if (o.retriesLeft() > 0 && o.status() != Status.CLOSED && o.status() != Status.REVOKED) {
                Map<String, Object> f = business("ACQ.SYSTEM_ERROR", "系统错误");
                f.put("retry_flag", "Y");
                out[0] = answer(node, f);
                return o.withRetriesLeft(o.retriesLeft() - 1);
            }
            return switch (o.status()) {
                case CLOSED, PAYERROR -> {
                    out[0] = answer(node, cancelled(outTradeNo, o.txnId(), "close"));
                    yield o.withStatus(Status.CLOSED, o.paidAt(), o.closedAt() == null ? now : o.closedAt());
                }
                case REVOKED -> {
                    out[0] = answer(node, cancelled(outTradeNo, o.txnId(), "refund"));
                    yield o;
                }
                case SUCCESS -> {
                    long left = o.totalFen() - o.refundedFen();
                    SimOrder back = left > 0 ? o.plusRefund(new SimRefund("REVOKE-" + outTradeNo,
                            "REVOKE-" + outTradeNo, left, now)) : o;
                    out[0] = answer(node, cancelled(outTradeNo, o.txnId(), "refund"));
                    yield back.withStatus(Status.REVOKED, o.paidAt(), now);
                }
                default -> {
                    out[0] = answer(node, cancelled(outTradeNo, o.txnId(), "close"));
                    yield o.scenario().kind() == Scenario.Kind.PAID_AFTER_REVERSE
                            // the customer's confirmation overtook the cancel: the money is taken after all
                            ? o.withStatus(Status.SUCCESS, now, null)
                            : o.withStatus(Status.CLOSED, null, now);
                }
            };
        });
        return out[0];
    }

    private Map<String, Object> cancelled(String outTradeNo, String tradeNo, String action) {
        Map<String, Object> f = ok();
        if (tradeNo != null) {
            f.put("trade_no", tradeNo);
        }
        f.put("out_trade_no", outTradeNo);
        f.put("retry_flag", "N");
        f.put("action", action);
        return f;
    }

    private Answer refund(String node, JsonNode biz) {
        String outTradeNo = text(biz, "out_trade_no");
        String requestNo = text(biz, "out_request_no");
        String requestKey = requestNo.isEmpty() ? outTradeNo : requestNo;
        long amount;
        try {
            amount = new BigDecimal(text(biz, "refund_amount")).movePointRight(2).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return answer(node, business("ACQ.INVALID_PARAMETER", "refund_amount格式错误"));
        }
        Instant now = state.now();
        Answer[] out = new Answer[1];
        state.update(WALLET, outTradeNo, o -> {
            if (o == null || o.authCode() == null) {
                out[0] = answer(node, business("ACQ.TRADE_NOT_EXIST", "交易不存在"));
                return o;
            }
            SimRefund earlier = o.refund(requestKey);
            if (earlier != null) {
                out[0] = earlier.amountFen() == amount ? answer(node, refunded(o, "N"))
                        : answer(node, business("ACQ.INVALID_PARAMETER", "同一退款请求号的退款金额不一致"));
                return o;
            }
            if (o.status() != Status.SUCCESS) {
                out[0] = answer(node, business("ACQ.TRADE_STATUS_ERROR", "交易状态不合法"));
                return o;
            }
            if (o.paidAt().plus(refundWindow).isBefore(now)) {
                out[0] = answer(node, business("ACQ.TRADE_HAS_FINISHED", "交易已完结"));
                return o;
            }
            if (amount <= 0 || o.refundedFen() + amount > o.totalFen()) {
                out[0] = answer(node, business("ACQ.REFUND_AMT_NOT_EQUAL_TOTAL", "退款金额超限"));
                return o;
            }
            SimOrder next = o.plusRefund(new SimRefund(requestKey, requestKey, amount, now));
            out[0] = answer(node, refunded(next, "Y"));
            return next;
        });
        return out[0];
    }

    private Map<String, Object> refunded(SimOrder o, String fundChange) {
        Map<String, Object> f = ok();
        f.put("trade_no", o.txnId());
        f.put("out_trade_no", o.outTradeNo());
        f.put("buyer_logon_id", "sim***@example.com");
        f.put("fund_change", fundChange);
        f.put("refund_fee", yuan(o.refundedFen()));
        f.put("gmt_refund_pay", TIME.format(o.refunds().getLast().at()));
        return f;
    }

    private Answer refundQuery(String node, JsonNode biz) {
        String outTradeNo = text(biz, "out_trade_no");
        String requestNo = text(biz, "out_request_no");
        SimOrder o = state.find(WALLET, outTradeNo);
        if (o == null || o.authCode() == null) {
            return answer(node, business("ACQ.TRADE_NOT_EXIST", "交易不存在"));
        }
        Map<String, Object> f = ok();
        SimRefund r = o.refund(requestNo.isEmpty() ? outTradeNo : requestNo);
        if (r != null) {
            // a refund not found is an empty success, as Alipay answers it
            f.put("trade_no", o.txnId());
            f.put("out_trade_no", outTradeNo);
            f.put("out_request_no", r.outRefundNo());
            f.put("total_amount", yuan(o.totalFen()));
            f.put("refund_amount", yuan(r.amountFen()));
            f.put("refund_status", "REFUND_SUCCESS");
            f.put("gmt_refund_pay", TIME.format(r.at()));
        }
        return answer(node, f);
    }

    /**
     * The link to a day's trade bill (bill_type trade, bill_date yyyy-MM-dd). The bill of a
     * day exists from the next morning on, even for a day without trades (its table is empty).
     */
    private Answer billUrl(String node, JsonNode biz) {
        if (!"trade".equals(text(biz, "bill_type"))) {
            return answer(node, business("isv.invalid-bill-type", "账单类型不合法"));
        }
        java.time.LocalDate day;
        try {
            day = java.time.LocalDate.parse(text(biz, "bill_date"));
        } catch (java.time.format.DateTimeParseException e) {
            return answer(node, business("isv.invalid-bill-date", "账单时间格式不正确"));
        }
        if (!bills.ready(day, state.now())) {
            return answer(node, business("isp.bill_not_exist", "账单不存在"));
        }
        Map<String, Object> f = ok();
        f.put("bill_download_url", downloads.link(day));
        return answer(node, f);
    }

    private static Map<String, Object> ok() {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", "10000");
        f.put("msg", "Success");
        return f;
    }

    private static Map<String, Object> business(String subCode, String subMsg) {
        return error("40004", "Business Failed", subCode, subMsg);
    }

    private static Map<String, Object> error(String code, String msg, String subCode, String subMsg) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("code", code);
        f.put("msg", msg);
        f.put("sub_code", subCode);
        f.put("sub_msg", subMsg);
        return f;
    }

    private Answer answer(String node, Map<String, Object> fields) {
        try {
            String inner = JSON.writeValueAsString(fields);
            String sign = AlipayWire.sign(inner, kit.alipayWalletPrivate());
            return new Answer("{\"" + node + "\":" + inner + ",\"sign\":\"" + sign + "\"}",
                    "application/json;charset=utf-8", Answer.Delivery.NOW);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode biz, String field) {
        JsonNode n = biz.get(field);
        return n == null || n.isNull() ? "" : n.asText();
    }

    static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
