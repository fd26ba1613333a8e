package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.TERMINAL;

import cn.suanpan.core.cart.Member;
import cn.suanpan.core.hold.HoldService;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.pricing.PricedCart;
import cn.suanpan.core.pricing.PricedLine;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.shift.Shift;
import cn.suanpan.core.shift.ShiftService;
import cn.suanpan.core.stock.MovementKind;
import cn.suanpan.core.stock.StockLedger;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.tender.TenderPlan;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Commits sales. One transaction holds everything a sale changes: the sale with its lines,
 * adjustments, taxes and tenders, the stock movements, the member's points, the outbox
 * events and the next gapless receipt number. The local store writes each commit before
 * returning (ADR 3), so a sale is durable when {@link #commit} returns, and a crash before
 * that leaves nothing of it behind.
 *
 * <p>A training sale is stored and numbered in a sequence of its own, and nothing else:
 * no stock, no points, no outbox, no shift.
 */
public final class SaleService {

    private static final Logger log = LoggerFactory.getLogger(SaleService.class);

    private final LocalStore store;
    private final StoreInfo terminal;
    private final ShiftService shifts;
    private final StockLedger stock;
    private final MemberDirectory members;
    private final PointsRule points;
    private final Clock clock;

    public SaleService(LocalStore store, StoreInfo terminal, ShiftService shifts, StockLedger stock, MemberDirectory members,
                       PointsRule points, Clock clock) {
        this.store = store;
        this.terminal = terminal;
        this.shifts = shifts;
        this.stock = stock;
        this.members = members;
        this.points = points;
        this.clock = clock;
    }

    /**
     * Stores the sale in a transaction of its own.
     *
     * @throws SuanpanException when the cart is empty, the tenders do not cover it, or no
     *         shift is open for a real sale; nothing is stored then
     */
    public CompletedSale commit(Checkout checkout) {
        check(checkout);
        return store.inTransaction(tx -> commit(tx, checkout));
    }

    /** Stores the sale inside the caller's transaction, which commits or rolls back all of it. */
    public CompletedSale commit(DSLContext tx, Checkout checkout) {
        check(checkout);
        // the same lock the shift service takes: a sale cannot slip into a shift being closed
        tx.select(TERMINAL.ID).from(TERMINAL).where(TERMINAL.ID.eq(terminal.terminalId())).forUpdate().fetch();
        UUID shiftId = null;
        if (!checkout.training()) {
            shiftId = shifts.current(tx).map(Shift::id).orElseThrow(() -> new SuanpanException("sale.noShift"));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate businessDate = LocalDate.ofInstant(now, terminal.zone());
        ReceiptNumber number = ReceiptNumbers.next(tx, terminal, ReceiptKind.sale(checkout.training()), businessDate);
        UUID memberId = memberId(checkout.cart().cart().member());
        TenderPlan payment = checkout.payment();
        long earned = checkout.training() || memberId == null ? 0 : points.pointsFor(payment.total().minus(payment.rounding()));
        SaleFacts sale = new SaleFacts(Ids.uuidV7(clock), number, terminal, now, checkout.cashier(), shiftId, memberId,
                earned, checkout.cart(), payment);

        List<UserMessage> warnings = new ArrayList<>();
        long outboxSeq = 0;
        if (checkout.training()) {
            SaleRows.insert(tx, sale, null);
        } else {
            outboxSeq = Outbox.append(tx, Ids.uuidV7(clock), SaleEvent.TYPE, SaleEvent.payload(sale), now);
            SaleRows.insert(tx, sale, outboxSeq);
            moveStock(tx, sale, warnings);
            if (earned > 0 && members.byId(tx, memberId).isPresent()) {
                members.recordPointsDelta(tx, memberId, sale.id(), earned);
            }
        }
        if (checkout.heldCartId() != null) {
            HoldService.delete(tx, checkout.heldCartId());
        }
        return new CompletedSale(sale.id(), number, now, shiftId, earned, outboxSeq, warnings);
    }

    private void moveStock(DSLContext tx, SaleFacts sale, List<UserMessage> warnings) {
        List<StockLedger.Move> moves = new ArrayList<>();
        for (PricedLine line : sale.cart().lines()) {
            if (line.voided() || !line.line().product().trackStock()) {
                continue;
            }
            long milli = Quantities.milli(line.line().quantity());
            moves.add(new StockLedger.Move(line.line().product().id(), line.line().product().name(),
                    Quantities.units(milli).negate()));
        }
        // all lines at once: a fixed number of statements, however long the receipt
        stock.recordAll(tx, moves, MovementKind.SALE, sale.number().text(), sale.cashier().id())
                .forEach(r -> r.warning().ifPresent(warnings::add));
    }

    private static void check(Checkout checkout) {
        PricedCart cart = checkout.cart();
        if (cart.lines().stream().allMatch(PricedLine::voided)) {
            throw new SuanpanException("sale.empty");
        }
        TenderPlan payment = checkout.payment();
        if (!payment.total().equals(cart.total())) {
            // the cart changed after payment began: the customer must see the new total first
            throw new SuanpanException("sale.totalChanged", payment.total().display(), cart.total().display());
        }
        if (!payment.settled()) {
            throw new SuanpanException("sale.notPaid", payment.remaining().display());
        }
    }

    /**
     * The member's id for the sale record. Members come from the directory, whose ids are
     * UUIDs; anything else cannot be booked to a member, and the sale goes ahead without one
     * rather than failing at the counter.
     */
    private static UUID memberId(Member member) {
        if (member == null) {
            return null;
        }
        try {
            return UUID.fromString(member.id());
        } catch (IllegalArgumentException e) {
            log.warn("Member id {} is not a member of the directory; sale recorded without member", member.id());
            return null;
        }
    }
}
