package cn.suanpan.paysim.unionpay;

import cn.suanpan.paysim.Answer;
import cn.suanpan.paysim.BillSchedule;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.MerchantKit.QrcMerchant;
import cn.suanpan.paysim.state.FaultPlan;
import cn.suanpan.paysim.state.Scenario;
import cn.suanpan.paysim.state.SimOrder;
import cn.suanpan.paysim.state.SimOrder.Status;
import cn.suanpan.paysim.state.SimRefund;
import cn.suanpan.paysim.state.SimState;
import cn.suanpan.paysim.wire.UnionPayWire;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A UnionPay acquirer's consumer-presented QR API (被扫, "QRC"), serving two merchants: one
 * taking UnionPay (云闪付) codes, one taking e-CNY (数字人民币) codes, told apart by
 * {@code merId}. Requests are form posts signed RSA-SHA256 (signMethod 01) with the
 * merchant's key; every answer is a form signed with the acquirer's key.
 *
 * <ul>
 *   <li>{@code /gateway/api/backTransReq.do}: txnType 01 consume, 99 reverse (冲正), 04 refund;</li>
 *   <li>{@code /gateway/api/queryTrans.do}: txnType 00 query of a consume or refund by orderId;</li>
 *   <li>{@code /gateway/api/fileTransfer.do}: txnType 76 (file transfer), the merchant's
 *       settlement file of {@code settleDate} (yyyyMMdd), made the next morning as the
 *       wallets' bills are ({@link BillSchedule}): respCode 00 with {@code fileName} and
 *       {@code fileContent} (base64 of the {@link UnionPaySettlementFile} text), or 98 (文件不存在)
 *       before it is made.</li>
 * </ul>
 * An order is known by merchant and orderId; txnTime is checked for its form only.
 */
public final class UnionPaySim {

    public static final String BACK_PATH = "/gateway/api/backTransReq.do";
    public static final String QUERY_PATH = "/gateway/api/queryTrans.do";
    public static final String FILE_PATH = "/gateway/api/fileTransfer.do";
    public static final String UNIONPAY = "UNIONPAY";
    public static final String ECNY = "ECNY";
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(BEIJING);
    private static final Pattern TXN_TIME = Pattern.compile("20\\d{12}");
    private static final Pattern ORDER_ID = Pattern.compile("[0-9A-Za-z]{8,40}");
    private static final Pattern AMOUNT = Pattern.compile("[1-9]\\d{0,11}");
    private static final Map<String, Pattern> CODES = Map.of(UNIONPAY, Pattern.compile("62\\d{17}"),
            ECNY, Pattern.compile("01\\d{17}"));

    private final MerchantKit kit;
    private final SimState state;
    private final FaultPlan faults;
    private final Duration refundWindow;
    private final BillSchedule bills;

    public UnionPaySim(MerchantKit kit, SimState state, FaultPlan faults, Duration refundWindow, BillSchedule bills) {
        this.kit = kit;
        this.state = state;
        this.faults = faults;
        this.refundWindow = refundWindow;
        this.bills = bills;
    }

    private record Request(String wallet, Map<String, String> fields) {

        String get(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    public Answer handle(String path, String body) {
        Map<String, String> fields = UnionPayWire.parse(body);
        Map<String, String> echo = echo(fields);
        if (fields.containsKey("_garbled") || !"5.1.0".equals(fields.get("version"))
                || !"UTF-8".equals(fields.get("encoding")) || !"01".equals(fields.get("signMethod"))) {
            return answer(echo, "10", "报文格式错误");
        }
        String merId = fields.getOrDefault("merId", "");
        QrcMerchant merchant = merId.equals(kit.unionpay().merId()) ? kit.unionpay()
                : merId.equals(kit.ecny().merId()) ? kit.ecny() : null;
        if (merchant == null) {
            return answer(echo, "31", "商户状态不正确");
        }
        if (!merchant.certId().equals(fields.get("certId")) || !UnionPayWire.verify(fields, merchant.verifyingKey())) {
            return answer(echo, "11", "验证签名失败");
        }
        Request r = new Request(merchant == kit.unionpay() ? UNIONPAY : ECNY, fields);
        if (path.equals(FILE_PATH)) {
            Answer a = "76".equals(r.get("txnType")) ? file(r, merchant, echo) : answer(echo, "10", "报文格式错误");
            return a.delivery() == Answer.Delivery.NOW && faults.loseAnswer() ? a.lost() : a;
        }
        if (!ORDER_ID.matcher(r.get("orderId")).matches() || !TXN_TIME.matcher(r.get("txnTime")).matches()) {
            return answer(echo, "13", "报文交易要素缺失");
        }
        String txnType = r.get("txnType");
        Answer a;
        if (path.equals(QUERY_PATH)) {
            a = "00".equals(txnType) ? query(r, echo) : answer(echo, "10", "报文格式错误");
        } else {
            a = switch (txnType) {
                case "01" -> consume(r, echo);
                case "99" -> reverse(r, echo);
                case "04" -> refund(r, echo);
                default -> answer(echo, "10", "报文格式错误");
            };
        }
        return a.delivery() == Answer.Delivery.NOW && faults.loseAnswer() ? a.lost() : a;
    }

    private Answer consume(Request r, Map<String, String> echo) {
        String orderId = r.get("orderId");
        String qrNo = r.get("qrNo");
        if (!AMOUNT.matcher(r.get("txnAmt")).matches() || !"156".equals(r.get("currencyCode")) || qrNo.isEmpty()) {
            return answer(echo, "13", "报文交易要素缺失");
        }
        long total = Long.parseLong(r.get("txnAmt"));
        Instant now = state.now();
        Scenario scenario = faults.forCode(qrNo);
        Answer[] out = new Answer[1];
        state.update(r.wallet(), orderId, existing -> {
            if (existing != null) {
                // the same orderId again: a duplicate, unless it names another code or amount
                out[0] = existing.authCode() != null && (!existing.authCode().equals(qrNo) || existing.totalFen() != total)
                        ? answer(echo, "36", "与原交易信息不符") : answer(echo, "12", "重复交易");
                return existing;
            }
            if (!CODES.get(r.wallet()).matcher(qrNo).matches() || state.codeOwner(r.wallet(), qrNo) != null) {
                out[0] = answer(echo, "71", "付款码无效，请顾客刷新付款码");
                return null;
            }
            switch (scenario.kind()) {
                case CODE_EXPIRED -> out[0] = answer(echo, "72", "付款码已过期，请顾客刷新付款码");
                case CODE_INVALID -> out[0] = answer(echo, "71", "付款码无效，请顾客刷新付款码");
                case INSUFFICIENT_BALANCE -> out[0] = answer(echo, "51", "余额不足");
                case BANK_ERROR -> out[0] = answer(echo, "60", "交易失败，详情请咨询您的发卡行");
                // the acquirer lost the request on its way to the wallet: nothing exists, the answer says "unknown"
                case SYSTEM_ERROR_UNPAID -> out[0] = answer(echo, "04", "交易状态未明，请查询对账结果");
                default -> {
                }
            }
            if (out[0] != null) {
                return null;
            }
            String queryId = TIME.format(now).substring(2) + String.format("%010d", state.nextSequence());
            Status status;
            Instant confirmAt = null;
            switch (scenario.kind()) {
                case USER_PAYING -> {
                    status = Status.USERPAYING;
                    confirmAt = now.plus(scenario.confirmAfter());
                }
                case NEVER_CONFIRMS, PAID_AFTER_REVERSE, RECALL -> status = Status.USERPAYING;
                default -> status = Status.SUCCESS;
            }
            SimOrder order = new SimOrder(r.wallet(), orderId, queryId, qrNo, total, r.get("orderDesc"), now, status,
                    confirmAt, status == Status.SUCCESS ? now : null, null, scenario, scenario.repeats(), List.of());
            out[0] = switch (scenario.kind()) {
                case SYSTEM_ERROR_PAID -> answer(echo, "03", "交易通讯超时，请发起查询交易");
                case LOST_RESPONSE -> answer(paid(echo, order), "00", "成功[0000000]").lost();
                case SLOW_RESPONSE -> answer(paid(echo, order), "00", "成功[0000000]").late();
                default -> status == Status.SUCCESS ? answer(paid(echo, order), "00", "成功[0000000]")
                        : answer(echo, "05", "交易已受理，等待用户输入密码");
            };
            return order;
        });
        return out[0];
    }

    private Map<String, String> paid(Map<String, String> echo, SimOrder o) {
        Map<String, String> f = new LinkedHashMap<>(echo);
        f.put("queryId", o.txnId());
        f.put("txnAmt", String.valueOf(o.totalFen()));
        f.put("currencyCode", "156");
        f.put("payTime", TIME.format(o.paidAt()));
        return f;
    }

    private Answer query(Request r, Map<String, String> echo) {
        String orderId = r.get("orderId");
        SimOrder o = state.find(r.wallet(), orderId);
        if (o == null) {
            return refundQuery(r, echo, orderId);
        }
        Map<String, String> f = new LinkedHashMap<>(echo);
        if (o.txnId() != null) {
            f.put("queryId", o.txnId());
            f.put("txnAmt", String.valueOf(o.totalFen()));
        }
        if (o.paidAt() != null) {
            f.put("payTime", TIME.format(o.paidAt()));
        }
        switch (o.status()) {
            case SUCCESS -> orig(f, "00", "成功[0000000]");
            case USERPAYING, NOTPAY -> orig(f, "05", "交易已受理，等待用户输入密码");
            case PAYERROR -> orig(f, "60", "交易失败，详情请咨询您的发卡行");
            case CLOSED, REVOKED -> orig(f, "01", "原交易已冲正");
        }
        return answer(f, "00", "成功[0000000]");
    }

    private Answer refundQuery(Request r, Map<String, String> echo, String orderId) {
        for (SimOrder o : state.all()) {
            if (o.wallet().equals(r.wallet())) {
                SimRefund refund = o.refund(orderId);
                if (refund != null) {
                    Map<String, String> f = new LinkedHashMap<>(echo);
                    f.put("queryId", refund.refundId());
                    f.put("origQryId", o.txnId());
                    f.put("txnAmt", String.valueOf(refund.amountFen()));
                    orig(f, "00", "成功[0000000]");
                    return answer(f, "00", "成功[0000000]");
                }
            }
        }
        return answer(echo, "34", "查无此交易");
    }

    private static void orig(Map<String, String> f, String code, String message) {
        f.put("origRespCode", code);
        f.put("origRespMsg", message);
    }

    private Answer reverse(Request r, Map<String, String> echo) {
        String origOrderId = r.get("origOrderId");
        if (!ORDER_ID.matcher(origOrderId).matches()) {
            return answer(echo, "13", "报文交易要素缺失");
        }
        Map<String, String> f = new LinkedHashMap<>(echo);
        f.put("origOrderId", origOrderId);
        Instant now = state.now();
        Answer[] out = new Answer[1];
        state.update(r.wallet(), origOrderId, o -> {
            if (o == null) {
                // closes the number, so that a consume still on its way is refused (the safe reading)
                out[0] = answer(f, "00", "成功[0000000]");
                return new SimOrder(r.wallet(), origOrderId, null, null, 0, null, now, Status.CLOSED, null, null, now,
                        Scenario.NORMAL, 0, List.of());
            }
            if (o.retriesLeft() > 0 && o.status() != Status.CLOSED && o.status() != Status.REVOKED) {
                out[0] = answer(f, "06", "系统繁忙，请稍后重试");
                return o.withRetriesLeft(o.retriesLeft() - 1);
            }
            out[0] = answer(f, "00", "成功[0000000]");
            return switch (o.status()) {
                case CLOSED, PAYERROR -> o.withStatus(Status.CLOSED, o.paidAt(), o.closedAt() == null ? now : o.closedAt());
                case REVOKED -> o;
                case SUCCESS -> {
                    long left = o.totalFen() - o.refundedFen();
                    SimOrder back = left > 0 ? o.plusRefund(new SimRefund("REVOKE-" + origOrderId, "REVOKE-" + origOrderId,
                            left, now)) : o;
                    yield back.withStatus(Status.REVOKED, o.paidAt(), now);
                }
                default -> o.scenario().kind() == Scenario.Kind.PAID_AFTER_REVERSE
                        // the customer's confirmation overtook the reverse: the money is taken after all
                        ? o.withStatus(Status.SUCCESS, now, null)
                        : o.withStatus(Status.CLOSED, null, now);
            };
        });
        return out[0];
    }

    private Answer refund(Request r, Map<String, String> echo) {
        String refundId = r.get("orderId");
        String origOrderId = r.get("origOrderId");
        if (!AMOUNT.matcher(r.get("txnAmt")).matches() || !ORDER_ID.matcher(origOrderId).matches()) {
            return answer(echo, "13", "报文交易要素缺失");
        }
        long amount = Long.parseLong(r.get("txnAmt"));
        Map<String, String> f = new LinkedHashMap<>(echo);
        f.put("origOrderId", origOrderId);
        Instant now = state.now();
        Answer[] out = new Answer[1];
        state.update(r.wallet(), origOrderId, o -> {
            if (o == null || o.authCode() == null) {
                out[0] = answer(f, "35", "原交易不存在或状态不正确");
                return o;
            }
            SimRefund earlier = o.refund(refundId);
            if (earlier != null) {
                out[0] = earlier.amountFen() == amount ? answer(f, "12", "重复交易") : answer(f, "36", "与原交易信息不符");
                return o;
            }
            if (o.status() != Status.SUCCESS) {
                out[0] = answer(f, "35", "原交易不存在或状态不正确");
                return o;
            }
            if (o.paidAt().plus(refundWindow).isBefore(now)) {
                out[0] = answer(f, "39", "交易不在受理时间范围内");
                return o;
            }
            if (o.refundedFen() + amount > o.totalFen()) {
                out[0] = answer(f, "33", "退货金额超限");
                return o;
            }
            String queryId = o.txnId() + String.format("%02d", o.refunds().size() + 1);
            f.put("queryId", queryId);
            f.put("origQryId", o.txnId());
            f.put("txnAmt", String.valueOf(amount));
            out[0] = answer(f, "00", "成功[0000000]");
            return o.plusRefund(new SimRefund(refundId, queryId, amount, now));
        });
        return out[0];
    }

    /** The settlement file of a day, once it is made. */
    private Answer file(Request r, QrcMerchant merchant, Map<String, String> echo) {
        String settleDate = r.get("settleDate");
        LocalDate day;
        try {
            day = LocalDate.parse(settleDate, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            return answer(echo, "13", "报文交易要素缺失");
        }
        Map<String, String> f = new LinkedHashMap<>(echo);
        f.put("settleDate", settleDate);
        if (!bills.ready(day, state.now())) {
            return answer(f, "98", "文件不存在");
        }
        String text = UnionPaySettlementFile.render(r.wallet(), merchant.merId(), state.all(), day);
        f.put("fileType", "00");
        f.put("fileName", "INN" + settleDate + "_" + merchant.merId() + ".txt");
        f.put("fileContent", Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)));
        return answer(f, "00", "成功[0000000]");
    }

    /** The fields every answer repeats from its request. */
    private static Map<String, String> echo(Map<String, String> request) {
        Map<String, String> f = new LinkedHashMap<>();
        for (String name : new String[]{"version", "encoding", "bizType", "txnType", "txnSubType", "accessType", "merId",
            "orderId", "txnTime"}) {
            String v = request.get(name);
            if (v != null && !v.isEmpty()) {
                f.put(name, v);
            }
        }
        return f;
    }

    private Answer answer(Map<String, String> fields, String respCode, String respMsg) {
        Map<String, String> f = new LinkedHashMap<>(fields);
        f.put("signMethod", "01");
        f.put("certId", kit.acquirerCertId());
        f.put("respCode", respCode);
        f.put("respMsg", respMsg);
        f.put("signature", UnionPayWire.sign(f, kit.acquirerPrivate()));
        return new Answer(UnionPayWire.form(f), "application/x-www-form-urlencoded;charset=UTF-8", Answer.Delivery.NOW);
    }
}
