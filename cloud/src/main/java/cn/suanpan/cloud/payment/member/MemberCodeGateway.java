package cn.suanpan.cloud.payment.member;

import static cn.suanpan.cloud.store.schema.Tables.MEMBER;
import static cn.suanpan.cloud.store.schema.Tables.MEMBER_CODE_USE;
import static cn.suanpan.cloud.store.schema.Tables.MEMBER_WALLET_TXN;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL;

import cn.suanpan.cloud.payment.gateway.CancelSignal;
import cn.suanpan.cloud.payment.gateway.Charge;
import cn.suanpan.cloud.payment.gateway.ChargeOutcome;
import cn.suanpan.cloud.payment.gateway.ChargeProgress;
import cn.suanpan.cloud.payment.gateway.PaymentGateway;
import cn.suanpan.cloud.payment.gateway.Refund;
import cn.suanpan.cloud.payment.gateway.RefundOutcome;
import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.MemberRecord;
import cn.suanpan.cloud.store.schema.tables.records.MemberWalletTxnRecord;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.payment.Wallet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The shop's own wallet: a member code pays from the member's stored value. A charge is one
 * transaction (code checked and spent, balance debited, never below zero), keyed by the
 * order number, so a charge sent again is the same charge; refunds credit the balance back,
 * keyed by the refund number. Balance changes take a change number, so terminals pull the
 * new balance like any member change.
 */
public final class MemberCodeGateway implements PaymentGateway {

    private static final String CHARGE = "CHARGE";
    private static final String REFUND = "REFUND";

    private final CloudStore store;
    private final MemberCodes codes;
    private final Clock clock;

    public MemberCodeGateway(CloudStore store, MemberCodes codes, Clock clock) {
        this.store = store;
        this.codes = codes;
        this.clock = clock;
    }

    @Override
    public Wallet wallet() {
        return Wallet.MEMBER;
    }

    private record Failure(String code, String key) {
    }

    @Override
    public ChargeOutcome charge(Charge charge, ChargeProgress progress, CancelSignal cancel) {
        Object result = store.inTransaction(tx -> {
            MemberWalletTxnRecord done = charged(tx, charge.outTradeNo());
            if (done != null) {
                return done;
            }
            UUID memberId = codes.verify(tx, charge.authCode()).orElse(null);
            if (memberId == null) {
                return new Failure("CODE_INVALID", "payment.failed.memberCodeInvalid");
            }
            MemberRecord member = tx.selectFrom(MEMBER).where(MEMBER.ID.eq(memberId)).forUpdate().fetchSingle();
            if (!sameShop(tx, member, charge.terminalId())) {
                return new Failure("CODE_INVALID", "payment.failed.memberCodeInvalid");
            }
            if (member.getDeleted() || !"ACTIVE".equals(member.getStatus())) {
                return new Failure("MEMBER_DISABLED", "payment.failed.memberDisabled");
            }
            if (tx.fetchExists(MEMBER_CODE_USE, MEMBER_CODE_USE.CODE.eq(charge.authCode()))) {
                return new Failure("CODE_USED", "payment.failed.codeUsed");
            }
            long amount = charge.amount().fen();
            if (member.getBalanceFen() < amount) {
                return new Failure("INSUFFICIENT_BALANCE", "payment.failed.memberBalance");
            }
            Instant now = now();
            tx.insertInto(MEMBER_CODE_USE).set(MEMBER_CODE_USE.CODE, charge.authCode()).set(MEMBER_CODE_USE.MEMBER_ID, memberId)
                    .set(MEMBER_CODE_USE.OUT_TRADE_NO, charge.outTradeNo()).set(MEMBER_CODE_USE.USED_AT, now).execute();
            // the guard in the statement keeps the balance from going below zero whatever else runs
            int debited = tx.update(MEMBER).set(MEMBER.BALANCE_FEN, MEMBER.BALANCE_FEN.minus(amount))
                    .set(MEMBER.CHANGE_SEQ, ChangeNumbers.next(tx, member.getShopId())).set(MEMBER.UPDATED_AT, now)
                    .where(MEMBER.ID.eq(memberId)).and(MEMBER.BALANCE_FEN.ge(amount)).execute();
            if (debited != 1) {
                throw new IllegalStateException("the balance of member " + memberId + " changed under its lock");
            }
            tx.insertInto(MEMBER_WALLET_TXN).set(MEMBER_WALLET_TXN.ID, charge.outTradeNo()).set(MEMBER_WALLET_TXN.KIND, CHARGE)
                    .set(MEMBER_WALLET_TXN.MEMBER_ID, memberId).set(MEMBER_WALLET_TXN.OUT_TRADE_NO, charge.outTradeNo())
                    .set(MEMBER_WALLET_TXN.AMOUNT_FEN, amount).set(MEMBER_WALLET_TXN.AT, now).execute();
            return charged(tx, charge.outTradeNo());
        });
        return switch (result) {
            case MemberWalletTxnRecord paid -> paid(paid);
            case Failure f -> new ChargeOutcome.Failed(f.code(), f.key());
            default -> throw new IllegalStateException(String.valueOf(result));
        };
    }

    /**
     * Paid if the debit was made; else the order is closed, so that nothing is charged for it
     * any more. Looking is not enough: the charge may still be on its way (another node still
     * runs it while this one, starting, settles every open payment), and a debit made after
     * the payment was settled as reversed would take the member's money for nothing. Closing
     * spends the code on this order under the member's lock, which a charge takes too: a
     * charge that comes later finds the code used; one that came first is seen as paid.
     */
    @Override
    public ChargeOutcome settle(Charge charge, CancelSignal cancel) {
        Object result = store.inTransaction(tx -> {
            MemberWalletTxnRecord done = charged(tx, charge.outTradeNo());
            if (done != null) {
                return done;
            }
            UUID memberId = codes.slotOwner(tx, charge.authCode()).orElse(null);
            if (memberId == null) {
                return null; // no member's code: no charge of it can ever be made
            }
            tx.selectFrom(MEMBER).where(MEMBER.ID.eq(memberId)).forUpdate().fetchOne();
            done = charged(tx, charge.outTradeNo());
            if (done != null) {
                return done; // the charge committed while this waited for the lock
            }
            tx.insertInto(MEMBER_CODE_USE).set(MEMBER_CODE_USE.CODE, charge.authCode()).set(MEMBER_CODE_USE.MEMBER_ID, memberId)
                    .set(MEMBER_CODE_USE.OUT_TRADE_NO, charge.outTradeNo()).set(MEMBER_CODE_USE.USED_AT, now())
                    .onConflictDoNothing().execute();
            return null;
        });
        return result instanceof MemberWalletTxnRecord paid ? paid(paid) : new ChargeOutcome.Reversed("payment.reversed.notCharged");
    }

    @Override
    public RefundOutcome refund(Refund refund) {
        return store.inTransaction(tx -> {
            MemberWalletTxnRecord again = tx.selectFrom(MEMBER_WALLET_TXN).where(MEMBER_WALLET_TXN.ID.eq(refund.outRefundNo())).fetchOne();
            if (again != null) {
                return (RefundOutcome) new RefundOutcome.Refunded(again.getId(), Money.ofFen(again.getAmountFen()));
            }
            MemberWalletTxnRecord charge = charged(tx, refund.outTradeNo());
            if (charge == null) {
                return new RefundOutcome.Rejected("NOT_PAID", "payment.refund.notPaid");
            }
            MemberRecord member = tx.selectFrom(MEMBER).where(MEMBER.ID.eq(charge.getMemberId())).forUpdate().fetchSingle();
            long refunded = tx.selectFrom(MEMBER_WALLET_TXN).where(MEMBER_WALLET_TXN.OUT_TRADE_NO.eq(refund.outTradeNo()))
                    .and(MEMBER_WALLET_TXN.KIND.eq(REFUND)).fetch().stream().mapToLong(MemberWalletTxnRecord::getAmountFen).sum();
            if (refunded + refund.amount().fen() > charge.getAmountFen()) {
                return new RefundOutcome.Rejected("OVER_LIMIT", "payment.refund.overLimit");
            }
            Instant now = now();
            tx.update(MEMBER).set(MEMBER.BALANCE_FEN, MEMBER.BALANCE_FEN.plus(refund.amount().fen()))
                    .set(MEMBER.CHANGE_SEQ, ChangeNumbers.next(tx, member.getShopId())).set(MEMBER.UPDATED_AT, now)
                    .where(MEMBER.ID.eq(member.getId())).execute();
            tx.insertInto(MEMBER_WALLET_TXN).set(MEMBER_WALLET_TXN.ID, refund.outRefundNo()).set(MEMBER_WALLET_TXN.KIND, REFUND)
                    .set(MEMBER_WALLET_TXN.MEMBER_ID, member.getId()).set(MEMBER_WALLET_TXN.OUT_TRADE_NO, refund.outTradeNo())
                    .set(MEMBER_WALLET_TXN.AMOUNT_FEN, refund.amount().fen()).set(MEMBER_WALLET_TXN.AT, now).execute();
            return new RefundOutcome.Refunded(refund.outRefundNo(), refund.amount());
        });
    }

    private static MemberWalletTxnRecord charged(DSLContext dsl, String outTradeNo) {
        return dsl.selectFrom(MEMBER_WALLET_TXN).where(MEMBER_WALLET_TXN.ID.eq(outTradeNo)).and(MEMBER_WALLET_TXN.KIND.eq(CHARGE)).fetchOne();
    }

    private static ChargeOutcome paid(MemberWalletTxnRecord r) {
        return new ChargeOutcome.Paid("MC" + r.getId().replace("-", ""), r.getAt(), Money.ofFen(r.getAmountFen()));
    }

    private static boolean sameShop(DSLContext tx, MemberRecord member, String terminalId) {
        if (terminalId == null) {
            return true;
        }
        try {
            UUID shop = tx.select(TERMINAL.SHOP_ID).from(TERMINAL).where(TERMINAL.ID.eq(UUID.fromString(terminalId))).fetchOne(TERMINAL.SHOP_ID);
            return shop == null || shop.equals(member.getShopId());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
