package cn.suanpan.core.refund;

import static cn.suanpan.core.store.schema.Tables.SALE;
import static cn.suanpan.core.store.schema.Tables.TERMINAL;

import cn.suanpan.core.audit.AuditAction;
import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.auth.Authorizer;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.sale.Quantities;
import cn.suanpan.core.sale.ReceiptKind;
import cn.suanpan.core.sale.ReceiptNumber;
import cn.suanpan.core.sale.ReceiptNumbers;
import cn.suanpan.core.sale.SaleRepository;
import cn.suanpan.core.sale.StoredSale;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.shift.Shift;
import cn.suanpan.core.shift.ShiftService;
import cn.suanpan.core.stock.MovementKind;
import cn.suanpan.core.stock.StockLedger;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.users.User;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Returns and refunds. A refund against a receipt needs {@link Permission#REFUND}; one
 * without a receipt needs {@link Permission#BLIND_REFUND}. Either way one transaction
 * stores the refund, puts the goods back in stock (unless damaged), takes back the member's
 * points, writes the audit entry and the {@code refund.completed} event, under the next
 * gapless refund number.
 *
 * <p>The return is checked before anyone is asked to approve it, and checked again under
 * a lock on the sale, so two counters returning the same goods at once cannot both succeed.
 */
public final class RefundService {

    private final LocalStore store;
    private final StoreInfo terminal;
    private final SaleRepository sales;
    private final ShiftService shifts;
    private final StockLedger stock;
    private final MemberDirectory members;
    private final Authorizer authorizer;
    private final AuditLog audit;
    private final Clock clock;

    public RefundService(LocalStore store, StoreInfo terminal, SaleRepository sales, ShiftService shifts, StockLedger stock,
                         MemberDirectory members, Authorizer authorizer, AuditLog audit, Clock clock) {
        this.store = store;
        this.terminal = terminal;
        this.sales = sales;
        this.shifts = shifts;
        this.stock = stock;
        this.members = members;
        this.authorizer = authorizer;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a return against this receipt would give back, without making it (for the screen). */
    public RefundPlan preview(RefundRequest request) {
        StoredSale sale = find(request.receipt());
        return RefundPlanner.plan(sale, RefundHistory.of(store.dsl(), sale.id()), request.lines());
    }

    /**
     * @throws SuanpanException {@code refund.unknownReceipt}, {@code refund.overReturn} and the other
     *         {@code refund.} keys, {@code auth.denied} without the needed approval
     */
    public CompletedRefund refund(RefundRequest request, User user, Optional<SupervisorOverride> override) {
        return refund(request, user, override, (tx, done) -> { });
    }

    /**
     * As {@link #refund(RefundRequest, User, Optional)}, with {@code alsoInTransaction} run in
     * the refund's own transaction: what must happen with the refund or not at all (the
     * money owed back to a wallet is journaled there, so no crash can keep it).
     */
    public CompletedRefund refund(RefundRequest request, User user, Optional<SupervisorOverride> override,
                                  InTransaction alsoInTransaction) {
        StoredSale sale = find(request.receipt());
        RefundPlanner.plan(sale, RefundHistory.of(store.dsl(), sale.id()), request.lines());
        Authorization authorization = authorizer.require(user, Permission.REFUND, override);
        return store.inTransaction(tx -> {
            lockTerminal(tx);
            tx.select(SALE.ID).from(SALE).where(SALE.ID.eq(sale.id())).forUpdate().fetch();
            RefundHistory history = RefundHistory.of(tx, sale.id());
            RefundPlan plan = RefundPlanner.plan(sale, history, request.lines());
            List<RefundTender> tenders = TenderAllocation.allocate(sale, history, plan.total(), request.payback());
            long points = sale.training() ? 0 : RefundPlanner.pointsToReverse(sale, history, plan.total());
            CompletedRefund done = store(tx, sale.training(), authorization, sale, plan, tenders, points, request.restock(),
                    clean(request.reason()));
            alsoInTransaction.accept(tx, done);
            return done;
        });
    }

    /** Work joined to a refund's transaction. */
    @FunctionalInterface
    public interface InTransaction {
        void accept(DSLContext tx, CompletedRefund done);
    }

    /**
     * A return without a receipt, at today's shelf prices, paid back in cash.
     *
     * @throws SuanpanException {@code refund.reasonRequired} without a reason, {@code auth.denied}
     *         without {@link Permission#BLIND_REFUND}
     */
    public CompletedRefund blindRefund(BlindRefundRequest request, User user, Optional<SupervisorOverride> override) {
        String reason = clean(request.reason());
        if (reason == null) {
            throw new SuanpanException("refund.reasonRequired");
        }
        if (request.lines().isEmpty()) {
            throw new SuanpanException("refund.noLines");
        }
        RefundPlan plan = blindPlan(request);
        Authorization authorization = authorizer.require(user, Permission.BLIND_REFUND, override);
        return store.inTransaction(tx -> {
            lockTerminal(tx);
            List<RefundTender> tenders = plan.total().isPositive() ? List.of(TenderAllocation.cash(plan.total())) : List.of();
            return store(tx, request.training(), authorization, null, plan, tenders, 0, request.restock(), reason);
        });
    }

    private CompletedRefund store(DSLContext tx, boolean training, Authorization authorization, StoredSale sale,
                                  RefundPlan plan, List<RefundTender> tenders, long points, boolean restock, String reason) {
        UUID shiftId = null;
        if (!training) {
            // the money leaves this drawer: it must count in the shift whose cash it changes
            shiftId = shifts.current(tx).map(Shift::id).orElseThrow(() -> new SuanpanException("refund.noShift"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ReceiptNumber number = ReceiptNumbers.next(tx, terminal, ReceiptKind.refund(training),
                LocalDate.ofInstant(now, terminal.zone()));
        RefundFacts refund = new RefundFacts(Ids.uuidV7(clock), number, terminal, now, authorization, shiftId, sale, plan,
                tenders, points, restock, reason);

        List<UserMessage> warnings = new ArrayList<>();
        if (training) {
            RefundRows.insert(tx, refund, null);
        } else {
            long seq = Outbox.append(tx, Ids.uuidV7(clock), RefundEvent.TYPE, RefundEvent.payload(refund), now);
            RefundRows.insert(tx, refund, seq);
            if (restock) {
                restock(tx, refund, warnings);
            }
            if (points > 0 && members.byId(tx, refund.memberId()).isPresent()) {
                members.recordPointsDelta(tx, refund.memberId(), refund.saleId(), -points);
            }
        }
        audit.append(tx, authorization.userId(), AuditAction.REFUND, number.text(), RefundEvent.details(refund).toString(),
                authorization.approverId());
        return new CompletedRefund(refund.id(), number, now, sale == null ? null : sale.number().text(), plan.lines(),
                plan.total(), plan.rounding(), tenders, points, authorization.approverId(), warnings);
    }

    private void restock(DSLContext tx, RefundFacts refund, List<UserMessage> warnings) {
        for (RefundedLine line : refund.plan().lines()) {
            if (line.trackStock()) {
                stock.record(tx, line.productId(), Quantities.units(line.quantityMilli()), MovementKind.RETURN,
                        refund.number().text(), refund.authorization().userId()).warning().ifPresent(warnings::add);
            }
        }
    }

    private static RefundPlan blindPlan(BlindRefundRequest request) {
        List<RefundedLine> lines = new ArrayList<>();
        Money sum = Money.ZERO;
        for (BlindRefundRequest.Line l : request.lines()) {
            Money amount = l.quantity().priceAt(l.product().price());
            lines.add(new RefundedLine(lines.size() + 1, null, l.product().id(), l.product().sku(), l.product().name(),
                    l.product().nameEn(), l.product().unit(), l.product().weighed(), Quantities.milli(l.quantity()), amount,
                    l.product().taxRateBasisPoints(), l.product().trackStock()));
            sum = sum.plus(amount);
        }
        return new RefundPlan(lines, sum, sum);
    }

    private StoredSale find(String receipt) {
        return sales.find(store.dsl(), receipt).orElseThrow(() -> new SuanpanException("refund.unknownReceipt", receipt.strip()));
    }

    /** The shift service's lock: a refund cannot slip into a shift being closed. */
    private void lockTerminal(DSLContext tx) {
        tx.select(TERMINAL.ID).from(TERMINAL).where(TERMINAL.ID.eq(terminal.terminalId())).forUpdate().fetch();
    }

    private static String clean(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
