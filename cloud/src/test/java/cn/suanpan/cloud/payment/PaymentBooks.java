package cn.suanpan.cloud.payment;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_PAYMENT;
import static cn.suanpan.cloud.store.schema.Tables.CLOUD_REFUND;
import static cn.suanpan.cloud.store.schema.Tables.MEMBER_WALLET_TXN;
import static cn.suanpan.core.store.schema.Tables.PAYMENT_INTENT;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.IntentState;
import cn.suanpan.core.payment.PaymentIntent;
import cn.suanpan.core.payment.PaymentJournal;
import cn.suanpan.core.payment.Wallet;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.paysim.PaySim;
import cn.suanpan.paysim.state.SimOrder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The books a payment chaos run is judged by, once everything has settled: the wallet
 * simulator's orders, the member wallet's ledger and balances, the cloud's payments and
 * refunds, and every terminal's journal must agree.
 */
final class PaymentBooks {

    /** A terminal's journal and store, as the books read them. */
    record Till(int index, PaymentJournal journal, LocalStore store) {
    }

    /** The tally of a run. */
    record Books(int intents, int paidWithSale, int refundedWithoutSale, int notPaid, int sales, long chargedFen,
                 int memberIntents, int memberPaidWithSale, long memberTakenFen, int members, Map<String, Integer> scenarios) {
        @Override
        public String toString() {
            return intents + " payment intents on " + sales + " sales: " + paidWithSale + " paid with a committed sale, "
                    + refundedWithoutSale + " paid but left without a sale and refunded, " + notPaid + " failed or reversed; "
                    + Money.ofFen(chargedFen).plain() + " yuan stayed charged, as much as the sales marked paid; member codes: "
                    + memberIntents + " intents, " + memberPaidWithSale + " paid with a sale, " + Money.ofFen(memberTakenFen).plain()
                    + " yuan taken from " + members + " members' stored value";
        }
    }

    private PaymentBooks() {
    }

    static int cloudUnsettled(DSLContext db) {
        return db.fetchCount(CLOUD_PAYMENT, CLOUD_PAYMENT.STATE.in("PENDING", "WAITING"))
                + db.fetchCount(CLOUD_REFUND, CLOUD_REFUND.STATE.eq("PENDING"));
    }

    /** Whether a terminal still has an open intent, a paid one without a sale, or a refund to send. */
    static boolean unsettled(PaymentJournal journal) {
        return !journal.open().isEmpty() || !journal.paidWithoutSale().isEmpty() || !journal.pendingRefunds().isEmpty();
    }

    /**
     * Checks the books and returns their tally.
     *
     * <ul>
     *   <li>every intent is final on the terminal and on the cloud; no refund is pending anywhere;</li>
     *   <li>a sale marked paid (intent paid and linked to a committed sale) has exactly its amount charged at
     *       the wallet, and the cloud says paid;</li>
     *   <li>a payment paid but left without a sale is refunded: nothing stays charged;</li>
     *   <li>a failed or reversed intent has nothing charged, and the cloud does not say paid;</li>
     *   <li>no sale has more than one charge standing; no order unknown to every terminal has money standing
     *       at a wallet; what stays charged is what the sales marked paid took;</li>
     *   <li>each member's stored value changed by exactly what the committed sales paid with that member's
     *       codes took, and never went below zero.</li>
     * </ul>
     *
     * @param members the shop's members whose codes were used, or null when none were
     */
    /** The intent id an order number stands for: the UnionPay acquirer's orderId is the UUID without dashes. */
    private static String intentId(String orderNo) {
        if (orderNo.matches("[0-9a-f]{32}")) {
            return orderNo.substring(0, 8) + "-" + orderNo.substring(8, 12) + "-" + orderNo.substring(12, 16) + "-"
                    + orderNo.substring(16, 20) + "-" + orderNo.substring(20);
        }
        return orderNo;
    }

    static Books check(List<Till> tills, DSLContext cloudDb, PaySim sim, MemberWallets members, int minIntents) {
        Map<String, SimOrder> orders = new HashMap<>();
        Map<String, Integer> scenarios = new TreeMap<>();
        for (SimOrder o : sim.state().all()) {
            orders.put(intentId(o.outTradeNo()), o);
            scenarios.merge(o.scenario() == null ? "NORMAL" : o.scenario().kind().name(), 1, Integer::sum);
        }
        // the member wallet's ledger: what stays debited per order (charge less refunds)
        Map<String, Long> memberNet = new HashMap<>();
        Map<UUID, Long> memberLedger = new HashMap<>();
        cloudDb.selectFrom(MEMBER_WALLET_TXN).fetch().forEach(t -> {
            long signed = "CHARGE".equals(t.getKind()) ? t.getAmountFen() : -t.getAmountFen();
            memberNet.merge(t.getOutTradeNo(), signed, Long::sum);
            memberLedger.merge(t.getMemberId(), signed, Long::sum);
        });
        Map<UUID, String> cloudStates = new HashMap<>();
        cloudDb.selectFrom(CLOUD_PAYMENT).fetch().forEach(p -> cloudStates.put(p.getIntentId(), p.getState()));
        assertThat(cloudUnsettled(cloudDb)).as("cloud payments and refunds left pending").isZero();

        int intents = 0;
        int paidWithSale = 0;
        int refunded = 0;
        int notPaid = 0;
        int memberIntents = 0;
        int memberPaidWithSale = 0;
        long chargedFen = 0;
        long paidSalesFen = 0;
        Map<UUID, Long> takenPerMember = new HashMap<>();
        Map<UUID, Integer> chargesPerSale = new HashMap<>();
        Set<UUID> sales = new HashSet<>();
        Set<String> known = new HashSet<>();
        for (Till till : tills) {
            assertThat(till.journal().open()).as("terminal %d: intents not final", till.index()).isEmpty();
            assertThat(till.journal().pendingRefunds()).as("terminal %d: refunds pending", till.index()).isEmpty();
            Map<UUID, String> hashes = new HashMap<>();
            till.store().dsl().select(PAYMENT_INTENT.ID, PAYMENT_INTENT.CODE_HASH).from(PAYMENT_INTENT)
                    .forEach(r -> hashes.put(r.value1(), r.value2()));
            for (PaymentIntent i : till.journal().recent(Integer.MAX_VALUE)) {
                intents++;
                String id = i.id().toString();
                UUID sale = i.saleId();
                sales.add(sale);
                known.add(id);
                boolean member = i.wallet() == Wallet.MEMBER;
                long charged;
                if (member) {
                    memberIntents++;
                    charged = memberNet.getOrDefault(id, 0L);
                    assertThat(orders).as("%s: a member code reached the wallet simulator", id).doesNotContainKey(id);
                } else {
                    SimOrder o = orders.get(id);
                    charged = o == null || o.paidAt() == null ? 0 : o.totalFen() - o.refundedFen();
                    assertThat(memberNet).as("%s: a wallet code debited a member", id).doesNotContainKey(id);
                }
                chargedFen += charged;
                if (charged > 0) {
                    chargesPerSale.merge(sale, 1, Integer::sum);
                }
                String cloudState = cloudStates.get(i.id());
                assertThat(cloudState == null || List.of("PAID", "FAILED", "REVERSED").contains(cloudState))
                        .as("%s final on the cloud (%s)", id, cloudState).isTrue();
                if (i.state() == IntentState.PAID && i.completedSaleId() != null) {
                    // a sale marked paid has its whole charge at the wallet
                    assertThat(charged).as("%s: sale %s paid, charge at the wallet", id, i.receiptNo()).isEqualTo(i.amount().fen());
                    assertThat(cloudState).as(id).isEqualTo("PAID");
                    paidWithSale++;
                    paidSalesFen += i.amount().fen();
                    if (member) {
                        memberPaidWithSale++;
                        UUID owner = (members == null ? java.util.Optional.<MemberWallets.Member>empty()
                                : members.ofCodeHash(hashes.get(i.id()))).orElseThrow(
                                () -> new AssertionError(id + ": a member code the test never issued")).id();
                        takenPerMember.merge(owner, i.amount().fen(), Long::sum);
                    }
                } else if (i.state() == IntentState.PAID) {
                    // paid, but the terminal died before the sale: given back
                    assertThat(charged).as("%s: paid without a sale, must be refunded", id).isZero();
                    assertThat(till.journal().refundsOf(i.id())).as(id).anyMatch(r -> "REFUNDED".equals(r.state()));
                    refunded++;
                } else {
                    assertThat(charged).as("%s: %s (%s) but charged at the wallet", id, i.state(), i.messageKey()).isZero();
                    assertThat(cloudState).as(id).isNotEqualTo("PAID");
                    notPaid++;
                }
            }
        }
        // no sale charged twice
        assertThat(chargesPerSale.values()).allMatch(n -> n == 1);
        // no money stays with a wallet for an order no terminal journaled
        for (SimOrder o : orders.values()) {
            if (!known.contains(intentId(o.outTradeNo()))) {
                long charged = o.paidAt() == null ? 0 : o.totalFen() - o.refundedFen();
                assertThat(charged).as("order %s unknown to every terminal", o.outTradeNo()).isZero();
            }
        }
        memberNet.forEach((order, net) -> {
            if (!known.contains(order)) {
                assertThat(net).as("member debit %s unknown to every terminal", order).isZero();
            }
        });
        // what the wallets hold is what the sales took
        assertThat(chargedFen).as("charged at the wallets, against the sales marked paid").isEqualTo(paidSalesFen);
        long memberTaken = 0;
        if (members != null) {
            Map<UUID, Long> balances = members.balances(cloudDb);
            for (MemberWallets.Member m : members.members()) {
                long now = balances.get(m.id());
                long taken = takenPerMember.getOrDefault(m.id(), 0L);
                assertThat(now).as("member %s stored value", m.phone()).isNotNegative();
                assertThat(m.initialFen() - now).as("member %s: stored value spent, against the sales paid with its codes", m.phone())
                        .isEqualTo(taken);
                assertThat(memberLedger.getOrDefault(m.id(), 0L)).as("member %s: wallet ledger", m.phone()).isEqualTo(taken);
                memberTaken += taken;
            }
        } else {
            assertThat(memberIntents).isZero();
        }
        assertThat(intents).as("payments journaled").isGreaterThanOrEqualTo(minIntents);
        assertThat(paidWithSale).isPositive();
        return new Books(intents, paidWithSale, refunded, notPaid, sales.size(), chargedFen, memberIntents, memberPaidWithSale,
                memberTaken, members == null ? 0 : members.members().size(), scenarios);
    }
}
