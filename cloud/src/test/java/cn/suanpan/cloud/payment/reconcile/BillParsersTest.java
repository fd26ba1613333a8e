package cn.suanpan.cloud.payment.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.cloud.payment.alipay.AlipayClient;
import cn.suanpan.cloud.payment.alipay.AlipayConfig;
import cn.suanpan.cloud.payment.alipay.AlipayGateway;
import cn.suanpan.cloud.payment.alipay.AlipayReply;
import cn.suanpan.cloud.payment.alipay.AlipaySigner;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.reconcile.LedgerEntry.Kind;
import cn.suanpan.cloud.payment.reconcile.Mismatch.Type;
import cn.suanpan.cloud.payment.testing.SimFixture;
import cn.suanpan.cloud.payment.wechat.WeChatClient;
import cn.suanpan.cloud.payment.wechat.WeChatConfig;
import cn.suanpan.cloud.payment.wechat.WeChatGateway;
import cn.suanpan.cloud.payment.wire.NoAnswer;
import cn.suanpan.cloud.payment.wire.ProviderHttp;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.paysim.MerchantKit;
import cn.suanpan.paysim.state.Scenario;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's bills in the wallets' own formats, read back and matched against the
 * ledger the gateways' outcomes make.
 */
class BillParsersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    private SimFixture fx;
    private WeChatGateway wechat;
    private AlipayGateway alipay;
    private final List<LedgerEntry> ledger = new ArrayList<>();

    @BeforeEach
    void start() {
        fx = new SimFixture();
        MerchantKit kit = SimFixture.kit();
        wechat = new WeChatGateway(WeChatConfig.of(fx.sim.wechatBaseUrl(), kit.wechatAppId(), kit.wechatMchId(),
                        kit.wechatApiKey(), ProviderHttp.tls(kit.merchantKeystore(), kit.wechatMchId().toCharArray(),
                                kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time, fx.time.sleeper());
        alipay = new AlipayGateway(AlipayConfig.of(fx.sim.alipayGatewayUrl(), kit.alipayAppId(),
                        AlipaySigner.privateKey(kit.merchantAlipayPrivateKey()), AlipaySigner.publicKey(kit.alipayPublicKey()),
                        ProviderHttp.tls(null, null, kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time, fx.time.sleeper());
    }

    private WeChatClient client() {
        MerchantKit kit = SimFixture.kit();
        return new WeChatClient(WeChatConfig.of(fx.sim.wechatBaseUrl(), kit.wechatAppId(), kit.wechatMchId(),
                kit.wechatApiKey(), ProviderHttp.tls(kit.merchantKeystore(), kit.wechatMchId().toCharArray(),
                        kit.serverCertificate())).withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT));
    }

    @AfterEach
    void stop() throws Exception {
        fx.close();
    }

    private String pay(PaymentGateway g, String code, long fen, String subject) {
        Charge c = new Charge(UUID.randomUUID().toString().replace("-", ""), code, Money.ofFen(fen), subject, "T1");
        if (g.charge(c, left -> { }, fx.time.patient()) instanceof ChargeOutcome.Paid p) {
            ledger.add(LedgerEntry.pay(g.wallet(), c.outTradeNo(), p.amount(), p.paidAt()));
        }
        return c.outTradeNo();
    }

    private void refund(PaymentGateway g, String order, long total, String no, long fen) {
        g.refund(new Refund(order, no, Money.ofFen(total), Money.ofFen(fen), ""));
        ledger.add(LedgerEntry.refund(g.wallet(), order, no, Money.ofFen(fen), fx.time.instant()));
    }

    @Test
    void theWeChatBillReadsBackAndMatchesTheLedger() throws Exception {
        String a = pay(wechat, SimFixture.wechatCode(), 1250, "拿铁, 大杯");
        String b = pay(wechat, SimFixture.wechatCode(), 800, "美式");
        refund(wechat, a, 1250, "a-1", 250);
        String overtaken = SimFixture.wechatCode();
        fx.sim.faults().set(overtaken, Scenario.of(Scenario.Kind.PAID_AFTER_REVERSE));
        String reversed = pay(wechat, overtaken, 600, "蛋糕");

        // not made before the next morning
        assertThat(client().downloadBill(DAY).refusal()).isEqualTo("Bill Creating");
        assertThat(wechat.bill(DAY)).isInstanceOf(Bill.NotYet.class);
        fx.time.advance(Duration.ofDays(1));
        String text = fx.sim.wechatBill(DAY);
        // the same bill through WeChat Pay's signed downloadbill call
        assertThat(client().downloadBill(DAY).text()).isEqualTo(text);
        assertThat(client().downloadBill(DAY.minusDays(1)).refusal()).isEqualTo("No Bill Exist");
        assertThat(wechat.bill(DAY.minusDays(1))).isInstanceOf(Bill.NoTrades.class);
        assertThat(((Bill.Lines) wechat.bill(DAY)).lines()).isEqualTo(WeChatBillParser.parse(text));
        assertThat(text).startsWith("交易时间,公众账号ID").contains("`" + a).contains("总交易单数");
        List<BillLine> lines = WeChatBillParser.parse(text);

        assertThat(lines).filteredOn(l -> l.outTradeNo().equals(a))
                .extracting(BillLine::kind, BillLine::amount, BillLine::refundNo)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Kind.PAY, Money.ofFen(1250), null),
                        org.assertj.core.groups.Tuple.tuple(Kind.REFUND, Money.ofFen(250), "a-1"));
        ReconciliationReport report = Reconciler.match(ledger, lines);
        assertThat(report.clean()).isTrue();
        assertThat(report.mismatches()).containsExactly(
                new Mismatch(Type.REVERSED_AT_PROVIDER, Wallet.WECHAT, reversed, null, null, Money.ofFen(600)));

        // a payment the ledger lost shows up as taken without a sale
        ledger.removeIf(e -> e.outTradeNo().equals(b));
        assertThat(Reconciler.match(ledger, lines).ofType(Type.MISSING_IN_LEDGER))
                .extracting(Mismatch::outTradeNo).containsExactly(b);
    }

    @Test
    void theAlipayBillReadsBackAndMatchesTheLedger() {
        String a = pay(alipay, SimFixture.alipayCode(), 3300, "套餐,含饮料");
        pay(alipay, SimFixture.alipayCode(), 100, "口香糖");
        refund(alipay, a, 3300, "q-1", 300);
        refund(alipay, a, 3300, "q-2", 3000);

        byte[] file = fx.sim.alipayBill(DAY);
        List<BillLine> lines = AlipayBillParser.parse(file);
        // the same lines out of the zip the bill's link serves
        assertThat(AlipayBillParser.parseZip(fx.sim.alipayBillZip(DAY))).isEqualTo(lines);

        assertThat(lines).hasSize(4);
        assertThat(lines).filteredOn(l -> l.kind() == Kind.REFUND).extracting(BillLine::refundNo)
                .containsExactlyInAnyOrder("q-1", "q-2");
        assertThat(Reconciler.match(ledger, lines).mismatches()).isEmpty();

        // our record of a refund that the wallet never made
        ledger.add(LedgerEntry.refund(Wallet.ALIPAY, a, "q-3", Money.ofFen(1), fx.time.instant()));
        assertThat(Reconciler.match(ledger, lines).mismatches()).containsExactly(
                new Mismatch(Type.REFUND_MISMATCH, Wallet.ALIPAY, a, "q-3", Money.ofFen(1), null));
    }

    @Test
    void billsCutShortAreRefused() {
        pay(wechat, SimFixture.wechatCode(), 100, "x");
        pay(alipay, SimFixture.alipayCode(), 100, "x");
        String wechatBill = fx.sim.wechatBill(DAY);
        String alipayBill = new String(fx.sim.alipayBill(DAY), AlipayBillParser.CHARSET);

        assertThatThrownBy(() -> WeChatBillParser.parse(wechatBill.substring(0, wechatBill.indexOf("总交易单数"))))
                .isInstanceOf(BillFormatException.class);
        assertThatThrownBy(() -> AlipayBillParser.parse(alipayBill.substring(0, alipayBill.lastIndexOf("#-----"))))
                .isInstanceOf(BillFormatException.class);
    }

    @Test
    void theAlipayBillComesThroughAShortLivedLinkToAZip() throws Exception {
        String a = pay(alipay, SimFixture.alipayCode(), 990, "三明治");
        refund(alipay, a, 990, "s-1", 90);
        AlipayClient client = alipayClient();

        // asked the same day: Alipay has not made it
        assertThat(client.billDownloadUrl(DAY).subCode()).isEqualTo("isp.bill_not_exist");
        assertThat(alipay.bill(DAY)).isInstanceOf(Bill.NotYet.class);

        fx.time.advance(Duration.ofDays(1));
        AlipayReply reply = client.billDownloadUrl(DAY);
        assertThat(reply.ok()).isTrue();
        String url = reply.get("bill_download_url");
        assertThat(url).startsWith("https://").contains("bizDates=20261125");
        byte[] zip = client.download(url, 1 << 20);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), AlipayBillParser.CHARSET)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).hasSize(2).anyMatch(n -> n.endsWith("_业务明细.csv")).anyMatch(n -> n.endsWith("_业务明细(汇总).csv"));
        assertThat(AlipayBillParser.parseZip(zip)).extracting(BillLine::kind, BillLine::amount)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Kind.PAY, Money.ofFen(990)),
                        org.assertj.core.groups.Tuple.tuple(Kind.REFUND, Money.ofFen(90)));
        assertThat(((Bill.Lines) alipay.bill(DAY)).lines()).hasSize(2);
        // a day without trades still has its (empty) bill
        assertThat(((Bill.Lines) alipay.bill(DAY.minusDays(3))).lines()).isEmpty();

        // the link works for 30 seconds, and only as given
        assertThatThrownBy(() -> client.download(url.replace("bizDates=20261125", "bizDates=20261124"), 1 << 20))
                .isInstanceOf(NoAnswer.class).hasMessageContaining("403");
        fx.time.advance(Duration.ofSeconds(31));
        assertThatThrownBy(() -> client.download(url, 1 << 20)).isInstanceOf(NoAnswer.class).hasMessageContaining("403");
    }

    private AlipayClient alipayClient() {
        MerchantKit kit = SimFixture.kit();
        return new AlipayClient(AlipayConfig.of(fx.sim.alipayGatewayUrl(), kit.alipayAppId(),
                        AlipaySigner.privateKey(kit.merchantAlipayPrivateKey()), AlipaySigner.publicKey(kit.alipayPublicKey()),
                        ProviderHttp.tls(null, null, kit.serverCertificate()))
                .withTimeouts(SimFixture.CONNECT_TIMEOUT, SimFixture.READ_TIMEOUT), fx.time);
    }
}
