package cn.suanpan.cloud.payment.member;

import static cn.suanpan.cloud.store.schema.Tables.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.ChargeProgress;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.payment.PaymentRouting;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.core.tender.Tender;
import cn.suanpan.sync.payment.CodePayments;
import cn.suanpan.sync.payment.PaymentClient;
import cn.suanpan.sync.payment.PaymentOutcome;
import cn.suanpan.sync.protocol.JsonCodec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shop's member code: issued by the cloud, paid from stored value, usable once, refunded back. */
class MemberCodeWalletTest {

    private static final CancelSignal NEVER = new CancelSignal() {
        @Override
        public boolean cancelled() {
            return false;
        }

        @Override
        public boolean pause(Duration duration) {
            return false;
        }
    };

    @TempDir
    Path dir;

    private TestCloud cloud;
    private Shops.Shop shop;
    private UUID member;

    @BeforeEach
    void start() {
        cloud = TestCloud.embedded(dir.resolve("cloud"), false);
        shop = cloud.newShop("S1", 1);
        member = UUID.randomUUID();
        cloud.store().inTransactionRun(tx -> CloudMembers.signUp(tx, shop.id(), member, "13800000001", "王芳", Instant.now()));
        setBalance(5_000);
    }

    @AfterEach
    void stop() {
        cloud.close();
    }

    private void setBalance(long fen) {
        cloud.store().dsl().update(MEMBER).set(MEMBER.BALANCE_FEN, fen).where(MEMBER.ID.eq(member)).execute();
    }

    private long balance() {
        return cloud.store().dsl().select(MEMBER.BALANCE_FEN).from(MEMBER).where(MEMBER.ID.eq(member)).fetchSingle(MEMBER.BALANCE_FEN);
    }

    private String issue() {
        Map.Entry<Integer, String> answer = cloud.admin("POST", "/api/admin/v1/shops/S1/members/13800000001/pay-code", null);
        assertThat(answer.getKey()).isEqualTo(201);
        return new JsonCodec().readTree(answer.getValue().getBytes()).get("code").textValue();
    }

    private MemberCodeGateway gateway(Clock clock) {
        return new MemberCodeGateway(cloud.store(), new MemberCodes(cloud.store(), clock, PaymentRouting.bundled()), clock);
    }

    private static Charge charge(String code, long fen) {
        return new Charge(UUID.randomUUID().toString(), code, Money.ofFen(fen), "t", null);
    }

    @Test
    void anIssuedCodeIsAMemberCodeOfTheRoutingTable() {
        String code = issue();
        assertThat(PaymentRouting.bundled().route(code)).contains(Wallet.MEMBER);
        assertThat(code).hasSize(18).startsWith("88");
    }

    @Test
    void aTerminalPaysWithAMemberCodeFromStoredValueAndRefundsBackToIt() {
        try (TestTerminal terminal = new TestTerminal(dir.resolve("terminal"), 1)) {
            terminal.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), "counter 1");
            Clock clock = Clock.systemUTC();
            CodePayments payments = new CodePayments(terminal.store(), new PaymentJournal(terminal.store(), clock),
                    PaymentClient.standard(terminal.store(), clock), PaymentRouting.bundled(), clock, d -> { }).pollSeconds(2);

            String code = issue();
            PaymentOutcome tooMuch = payments.pay(UUID.randomUUID(), code, Money.ofFen(99_999), "t", CodePayments.Listener.NONE);
            assertThat(tooMuch).isInstanceOfSatisfying(PaymentOutcome.NotPaid.class,
                    n -> assertThat(n.why().key()).isEqualTo("payment.failed.memberBalance"));
            assertThat(tooMuch.intent().state()).isEqualTo(IntentState.FAILED);
            assertThat(balance()).isEqualTo(5_000);

            // a refused code may be tried again (nothing was spent), for less
            PaymentOutcome outcome = payments.pay(UUID.randomUUID(), code, Money.ofFen(1_200), "t", CodePayments.Listener.NONE);
            assertThat(outcome).isInstanceOfSatisfying(PaymentOutcome.Paid.class,
                    p -> assertThat(p.tender()).isInstanceOf(Tender.MemberBalance.class));
            assertThat(balance()).isEqualTo(3_800);
            assertThat(payments.refund(outcome.intent().id(), Money.ofFen(500), "returned").state()).isEqualTo("REFUNDED");
            assertThat(balance()).isEqualTo(4_300);
        }
    }

    @Test
    void aCodePaysOnceAndAChargeSentAgainIsTheSameCharge() {
        MemberCodeGateway wallet = gateway(Clock.systemUTC());
        String code = issue();
        Charge first = charge(code, 1_000);
        ChargeOutcome paid = wallet.charge(first, ChargeProgress.NONE, NEVER);
        assertThat(paid).isInstanceOf(ChargeOutcome.Paid.class);
        assertThat(wallet.charge(first, ChargeProgress.NONE, NEVER)).isEqualTo(paid);
        assertThat(wallet.settle(first, NEVER)).isEqualTo(paid);
        assertThat(wallet.charge(charge(code, 1_000), ChargeProgress.NONE, NEVER))
                .isEqualTo(new ChargeOutcome.Failed("CODE_USED", "payment.failed.codeUsed"));
        assertThat(balance()).isEqualTo(4_000);
    }

    @Test
    void aSettleThatFindsNoDebitClosesTheOrderSoALateChargeTakesNothing() {
        // a node that starts settles every open payment, while the node that took it may still be about to charge it
        MemberCodeGateway wallet = gateway(Clock.systemUTC());
        Charge charge = charge(issue(), 1_000);
        assertThat(wallet.settle(charge, NEVER)).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.notCharged"));
        assertThat(wallet.charge(charge, ChargeProgress.NONE, NEVER))
                .isEqualTo(new ChargeOutcome.Failed("CODE_USED", "payment.failed.codeUsed"));
        assertThat(wallet.settle(charge, NEVER)).isEqualTo(new ChargeOutcome.Reversed("payment.reversed.notCharged"));
        assertThat(balance()).isEqualTo(5_000);
    }

    @Test
    void aSettleRacingTheChargeSaysPaidExactlyWhenTheBalanceWasDebited() throws Exception {
        Instant base = Instant.parse("2026-11-25T10:00:05Z");
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 20; round++) {
                Clock at = Clock.fixed(base.plusSeconds(30L * round), ZoneOffset.UTC);
                MemberCodeGateway wallet = gateway(at);
                Charge charge = charge(new MemberCodes(cloud.store(), at, PaymentRouting.bundled()).issue(member).code(), 100);
                long before = balance();
                Future<ChargeOutcome> charging = pool.submit(() -> wallet.charge(charge, ChargeProgress.NONE, NEVER));
                Future<ChargeOutcome> settling = pool.submit(() -> wallet.settle(charge, NEVER));
                ChargeOutcome charged = charging.get();
                ChargeOutcome settled = settling.get();
                boolean debited = balance() == before - 100;
                assertThat(debited || balance() == before).as("round %d: balance", round).isTrue();
                assertThat(charged instanceof ChargeOutcome.Paid).as("round %d: charge %s", round, charged).isEqualTo(debited);
                assertThat(settled instanceof ChargeOutcome.Paid).as("round %d: settle %s", round, settled).isEqualTo(debited);
            }
        }
    }

    @Test
    void aCodeExpiresAfterTwoStepsAndAForgedOneIsRefused() {
        Instant issuedAt = Instant.parse("2026-11-25T10:00:05Z");
        MemberCodes codes = new MemberCodes(cloud.store(), Clock.fixed(issuedAt, ZoneOffset.UTC), PaymentRouting.bundled());
        String code = codes.issue(member).code();
        assertThat(gateway(Clock.fixed(issuedAt.plusSeconds(70), ZoneOffset.UTC)).charge(charge(code, 100), ChargeProgress.NONE, NEVER))
                .isEqualTo(new ChargeOutcome.Failed("CODE_INVALID", "payment.failed.memberCodeInvalid"));
        String forged = code.substring(0, 10) + (code.charAt(10) == '0' ? "1" : "0") + code.substring(11);
        assertThat(gateway(Clock.fixed(issuedAt, ZoneOffset.UTC)).charge(charge(forged, 100), ChargeProgress.NONE, NEVER))
                .isEqualTo(new ChargeOutcome.Failed("CODE_INVALID", "payment.failed.memberCodeInvalid"));
        assertThat(gateway(Clock.fixed(issuedAt.plusSeconds(40), ZoneOffset.UTC)).charge(charge(code, 100), ChargeProgress.NONE, NEVER))
                .isInstanceOf(ChargeOutcome.Paid.class);
    }

    @Test
    void concurrentChargesNeverTakeTheBalanceBelowZero() throws Exception {
        setBalance(1_000);
        Clock now = Clock.fixed(Instant.parse("2026-11-25T10:00:45Z"), ZoneOffset.UTC);
        MemberCodeGateway wallet = gateway(now);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            codes.add(new MemberCodes(cloud.store(), Clock.offset(now, Duration.ofSeconds(-30L * (i % 2))),
                    PaymentRouting.bundled()).issue(member).code());
        }
        // two valid codes (this step and the last); each is tried by three tills at once
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<ChargeOutcome>> results = new ArrayList<>();
            for (String code : codes) {
                results.add(pool.submit(() -> wallet.charge(charge(code, 400), ChargeProgress.NONE, NEVER)));
            }
            long paid = 0;
            for (Future<ChargeOutcome> f : results) {
                if (f.get() instanceof ChargeOutcome.Paid) {
                    paid++;
                }
            }
            assertThat(paid).isEqualTo(2);
        }
        assertThat(balance()).isEqualTo(200);
    }

    @Test
    void refundsAreKeyedByTheirNumberAndLimitedToTheCharge() {
        MemberCodeGateway wallet = gateway(Clock.systemUTC());
        Charge charge = charge(issue(), 1_000);
        wallet.charge(charge, ChargeProgress.NONE, NEVER);
        Refund part = new Refund(charge.outTradeNo(), "R1", Money.ofFen(1_000), Money.ofFen(700), "returned");
        assertThat(wallet.refund(part)).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(wallet.refund(part)).isInstanceOf(RefundOutcome.Refunded.class);
        assertThat(balance()).isEqualTo(4_700);
        assertThat(wallet.refund(new Refund(charge.outTradeNo(), "R2", Money.ofFen(1_000), Money.ofFen(400), "returned")))
                .isEqualTo(new RefundOutcome.Rejected("OVER_LIMIT", "payment.refund.overLimit"));
        assertThat(wallet.refund(new Refund("no-such-order", "R3", Money.ofFen(1_000), Money.ofFen(400), "returned")))
                .isEqualTo(new RefundOutcome.Rejected("NOT_PAID", "payment.refund.notPaid"));
        assertThat(balance()).isEqualTo(4_700);
    }
}
