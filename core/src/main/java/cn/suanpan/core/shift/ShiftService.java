package cn.suanpan.core.shift;

import static cn.suanpan.core.store.schema.Tables.CASH_MOVEMENT;
import static cn.suanpan.core.store.schema.Tables.SHIFT;
import static cn.suanpan.core.store.schema.Tables.TERMINAL;
import static cn.suanpan.core.store.schema.Tables.USERS;
import static cn.suanpan.core.store.schema.Tables.Z_REPORT;

import cn.suanpan.core.audit.AuditAction;
import cn.suanpan.core.audit.AuditEntry;
import cn.suanpan.core.audit.AuditHead;
import cn.suanpan.core.audit.AuditLog;
import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.store.Counters;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.ShiftRecord;
import cn.suanpan.core.users.User;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;

/**
 * Shifts and the cash drawer of this terminal: open with a float, cash in and out, drawer
 * opened without a sale, the blind count at close, and the Z report that ends the business
 * day. Every change commits together with its audit entry and its outbox event.
 *
 * <p>Permissions are the caller's: it asks the {@link cn.suanpan.core.auth.Authorizer}
 * first (a supervisor may have to approve) and hands the resulting {@link Authorization}
 * in, so the audit entry names both the user and the approver.
 */
public final class ShiftService {

    public static final String EVENT_OPENED = "shift.opened";
    public static final String EVENT_CLOSED = "shift.closed";
    public static final String EVENT_CASH = "cash.moved";
    public static final String EVENT_Z = "z.report";
    static final String Z_COUNTER = "z-report";

    private final LocalStore store;
    private final StoreInfo terminal;
    private final AuditLog audit;
    private final CashTakings takings;
    private final Clock clock;

    public ShiftService(LocalStore store, StoreInfo terminal, AuditLog audit, CashTakings takings, Clock clock) {
        this.store = store;
        this.terminal = terminal;
        this.audit = audit;
        this.takings = takings;
        this.clock = clock;
    }

    /** The shift open on this terminal, if any. */
    public Optional<Shift> current() {
        return current(store.dsl());
    }

    /** The open shift as {@code dsl} sees it: a sale looks its shift up inside its own transaction. */
    public Optional<Shift> current(DSLContext dsl) {
        return dsl.selectFrom(SHIFT).where(SHIFT.OPEN_ON.eq(terminal.terminalId())).fetchOptional(ShiftService::toShift);
    }

    /**
     * Opens a shift for {@code user} with {@code openingFloat} in the drawer.
     *
     * @throws SuanpanException when a shift is already open here, the float is negative,
     *         or today's business day was already closed by a Z report
     */
    public Shift open(User user, Money openingFloat) {
        if (openingFloat.isNegative()) {
            throw new SuanpanException("shift.negativeFloat");
        }
        return store.inTransaction(tx -> {
            lockTerminal(tx);
            var open = tx.select(USERS.DISPLAY_NAME).from(SHIFT).join(USERS).on(USERS.ID.eq(SHIFT.USER_ID))
                    .where(SHIFT.OPEN_ON.eq(terminal.terminalId())).fetchOptional(USERS.DISPLAY_NAME);
            if (open.isPresent()) {
                throw new SuanpanException("shift.alreadyOpen", open.get());
            }
            Instant at = now();
            LocalDate businessDate = LocalDate.ofInstant(at, terminal.zone());
            if (tx.fetchExists(Z_REPORT, Z_REPORT.TERMINAL_ID.eq(terminal.terminalId()).and(Z_REPORT.BUSINESS_DATE.eq(businessDate)))) {
                throw new SuanpanException("shift.dayClosed", businessDate.toString());
            }
            Shift shift = new Shift(Ids.uuidV7(clock), terminal.terminalId(), user.id(), businessDate, at, openingFloat);
            tx.insertInto(SHIFT)
                    .set(SHIFT.ID, shift.id())
                    .set(SHIFT.TERMINAL_ID, shift.terminalId())
                    .set(SHIFT.OPEN_ON, shift.terminalId())
                    .set(SHIFT.USER_ID, shift.userId())
                    .set(SHIFT.BUSINESS_DATE, businessDate)
                    .set(SHIFT.OPENED_AT, at)
                    .set(SHIFT.FLOAT_FEN, openingFloat.fen())
                    .execute();
            audit.append(tx, user.id(), AuditAction.SHIFT_OPEN, shift.id().toString(),
                    JsonWriter.object().put("floatFen", openingFloat.fen()).toString(), null);
            Outbox.append(tx, Ids.uuidV7(clock), EVENT_OPENED, JsonWriter.object()
                    .put("shiftId", shift.id())
                    .put("terminalId", shift.terminalId())
                    .put("userId", shift.userId())
                    .put("businessDate", businessDate)
                    .put("openedAt", at)
                    .put("floatFen", openingFloat.fen())
                    .toString(), at);
            return shift;
        });
    }

    /** Cash brought into the drawer; needs {@link Permission#CASH_IN_OUT}. */
    public CashMovement cashIn(Authorization authorization, Money amount, String reason) {
        authorization.requireFor(Permission.CASH_IN_OUT);
        return move(authorization, CashMovementKind.CASH_IN, requirePositive(amount), requireReason(reason), AuditAction.CASH_IN);
    }

    /** Cash taken out of the drawer; needs {@link Permission#CASH_IN_OUT}. */
    public CashMovement cashOut(Authorization authorization, Money amount, String reason) {
        authorization.requireFor(Permission.CASH_IN_OUT);
        return move(authorization, CashMovementKind.CASH_OUT, requirePositive(amount), requireReason(reason), AuditAction.CASH_OUT);
    }

    /** The drawer opened without a sale; needs {@link Permission#NO_SALE}. The reason may be empty. */
    public CashMovement noSale(Authorization authorization, String reason) {
        authorization.requireFor(Permission.NO_SALE);
        String cleanReason = reason == null || reason.isBlank() ? null : reason.strip();
        return move(authorization, CashMovementKind.NO_SALE, Money.ZERO, cleanReason, AuditAction.NO_SALE);
    }

    private CashMovement move(Authorization authorization, CashMovementKind kind, Money amount, String reason, AuditAction action) {
        return store.inTransaction(tx -> {
            lockTerminal(tx);
            Shift shift = requireOpen(tx);
            Instant at = now();
            CashMovement movement = new CashMovement(Ids.uuidV7(clock), shift.id(), kind, amount, reason, at,
                    authorization.userId(), authorization.approverId());
            tx.insertInto(CASH_MOVEMENT)
                    .set(CASH_MOVEMENT.ID, movement.id())
                    .set(CASH_MOVEMENT.SHIFT_ID, shift.id())
                    .set(CASH_MOVEMENT.KIND, kind.name())
                    .set(CASH_MOVEMENT.AMOUNT_FEN, amount.fen())
                    .set(CASH_MOVEMENT.REASON, reason)
                    .set(CASH_MOVEMENT.AT, at)
                    .set(CASH_MOVEMENT.USER_ID, movement.userId())
                    .set(CASH_MOVEMENT.APPROVER_ID, movement.approverId())
                    .execute();
            audit.append(tx, movement.userId(), action, shift.id().toString(),
                    JsonWriter.object().put("amountFen", amount.fen()).put("reason", reason).toString(), movement.approverId());
            Outbox.append(tx, Ids.uuidV7(clock), EVENT_CASH, JsonWriter.object()
                    .put("id", movement.id())
                    .put("shiftId", shift.id())
                    .put("kind", kind)
                    .put("amountFen", amount.fen())
                    .put("reason", reason)
                    .put("at", at)
                    .put("userId", movement.userId())
                    .put("approverId", movement.approverId())
                    .toString(), at);
            return movement;
        });
    }

    /** The X report: the open shift's figures so far. Reads only; prints as often as asked. */
    public ShiftReport xReport() {
        DSLContext dsl = store.dsl();
        Shift shift = current(dsl).orElseThrow(() -> new SuanpanException("shift.noneOpen"));
        return report(dsl, shift, now());
    }

    /**
     * Closes the open shift with the blind count: the cashier counts the drawer by
     * denomination without being shown what should be there, and learns the difference
     * only now. Needs {@link Permission#CLOSE_SHIFT}.
     */
    public ShiftClosing close(Authorization authorization, DenominationCount count) {
        authorization.requireFor(Permission.CLOSE_SHIFT);
        return store.inTransaction(tx -> {
            lockTerminal(tx);
            Shift shift = requireOpen(tx);
            Instant at = now();
            ShiftReport report = report(tx, shift, at);
            ShiftClosing closing = new ShiftClosing(report, count, authorization.userId());
            tx.update(SHIFT)
                    .setNull(SHIFT.OPEN_ON)
                    .set(SHIFT.CLOSED_AT, at)
                    .set(SHIFT.CLOSED_BY, authorization.userId())
                    .set(SHIFT.EXPECTED_FEN, report.expectedCash().fen())
                    .set(SHIFT.COUNTED_FEN, closing.counted().fen())
                    .set(SHIFT.COUNTED_NOTES, count.json().toString())
                    .where(SHIFT.ID.eq(shift.id()))
                    .execute();
            JsonWriter figures = JsonWriter.object()
                    .put("expectedFen", report.expectedCash().fen())
                    .put("countedFen", closing.counted().fen())
                    .put("overShortFen", closing.overShort().fen());
            audit.append(tx, authorization.userId(), AuditAction.SHIFT_CLOSE, shift.id().toString(), figures.toString(),
                    authorization.approverId());
            Outbox.append(tx, Ids.uuidV7(clock), EVENT_CLOSED, JsonWriter.object()
                    .put("shiftId", shift.id())
                    .put("closedAt", at)
                    .put("closedBy", authorization.userId())
                    .put("floatFen", shift.openingFloat().fen())
                    .put("cashInFen", report.cashIn().fen())
                    .put("cashOutFen", report.cashOut().fen())
                    .put("noSales", report.noSales())
                    .put("cashSalesFen", report.takings().cashSales().fen())
                    .put("cashRefundsFen", report.takings().cashRefunds().fen())
                    .put("expectedFen", report.expectedCash().fen())
                    .put("countedFen", closing.counted().fen())
                    .put("overShortFen", closing.overShort().fen())
                    .put("counts", count.json())
                    .toString(), at);
            return closing;
        });
    }

    /**
     * The Z report: adds up every shift closed since the previous one, closes the business
     * day (no shift opens on it again) and takes the next Z number. Needs
     * {@link Permission#Z_REPORT} and no open shift. The business day is that of the newest
     * shift it covers, so a shift that ran past midnight still ends the day it began; with
     * no shift at all it is today.
     *
     * @throws SuanpanException when a shift is still open or the day already has its Z report
     */
    public ZReport zReport(Authorization authorization) {
        authorization.requireFor(Permission.Z_REPORT);
        return store.inTransaction(tx -> {
            lockTerminal(tx);
            if (current(tx).isPresent()) {
                throw new SuanpanException("z.shiftOpen");
            }
            Instant at = now();
            List<ShiftRecord> covered = tx.selectFrom(SHIFT)
                    .where(SHIFT.TERMINAL_ID.eq(terminal.terminalId()))
                    .and(SHIFT.CLOSED_AT.isNotNull())
                    .and(SHIFT.Z_REPORT_ID.isNull())
                    .orderBy(SHIFT.OPENED_AT)
                    .fetch();
            LocalDate businessDate = covered.isEmpty() ? LocalDate.ofInstant(at, terminal.zone())
                    : covered.getLast().getBusinessDate();
            if (tx.fetchExists(Z_REPORT, Z_REPORT.TERMINAL_ID.eq(terminal.terminalId()).and(Z_REPORT.BUSINESS_DATE.eq(businessDate)))) {
                throw new SuanpanException("z.alreadyDone", businessDate.toString());
            }
            long number = Counters.next(tx, Z_COUNTER);
            UUID id = Ids.uuidV7(clock);

            List<ZReport.ShiftSummary> summaries = new ArrayList<>();
            Money floats = Money.ZERO;
            Money cashIn = Money.ZERO;
            Money cashOut = Money.ZERO;
            int noSales = 0;
            Takings total = Takings.NONE;
            Money expected = Money.ZERO;
            Money counted = Money.ZERO;
            for (ShiftRecord row : covered) {
                ShiftReport r = report(tx, toShift(row), at);
                summaries.add(new ZReport.ShiftSummary(row.getId(), row.getUserId(), row.getOpenedAt(), row.getClosedAt(),
                        Money.ofFen(row.getExpectedFen()), Money.ofFen(row.getCountedFen())));
                floats = floats.plus(r.shift().openingFloat());
                cashIn = cashIn.plus(r.cashIn());
                cashOut = cashOut.plus(r.cashOut());
                noSales += r.noSales();
                total = total.plus(r.takings());
                // the figures fixed at the close, not recomputed: they are what the cashier signed for
                expected = expected.plus(Money.ofFen(row.getExpectedFen()));
                counted = counted.plus(Money.ofFen(row.getCountedFen()));
            }

            AuditEntry entry = audit.append(tx, authorization.userId(), AuditAction.Z_REPORT, Long.toString(number),
                    JsonWriter.object().put("number", number).put("businessDate", businessDate).toString(),
                    authorization.approverId());
            ZReport z = new ZReport(id, number, businessDate, at, authorization.userId(), summaries, floats, cashIn, cashOut,
                    noSales, total, expected, counted, new AuditHead(entry.seq(), entry.hash()));
            String figures = toJson(z);
            tx.insertInto(Z_REPORT)
                    .set(Z_REPORT.ID, id)
                    .set(Z_REPORT.TERMINAL_ID, terminal.terminalId())
                    .set(Z_REPORT.NUMBER, number)
                    .set(Z_REPORT.BUSINESS_DATE, businessDate)
                    .set(Z_REPORT.CREATED_AT, at)
                    .set(Z_REPORT.USER_ID, authorization.userId())
                    .set(Z_REPORT.FIGURES, figures)
                    .execute();
            if (!covered.isEmpty()) {
                tx.update(SHIFT).set(SHIFT.Z_REPORT_ID, id)
                        .where(SHIFT.ID.in(covered.stream().map(ShiftRecord::getId).toList())).execute();
            }
            Outbox.append(tx, Ids.uuidV7(clock), EVENT_Z, figures, at);
            return z;
        });
    }

    /** A stored Z report's figures, as JSON, for a reprint. */
    public Optional<String> zReportFigures(long number) {
        return store.dsl().select(Z_REPORT.FIGURES).from(Z_REPORT)
                .where(Z_REPORT.TERMINAL_ID.eq(terminal.terminalId())).and(Z_REPORT.NUMBER.eq(number))
                .fetchOptional(Z_REPORT.FIGURES);
    }

    private ShiftReport report(DSLContext dsl, Shift shift, Instant at) {
        Money cashIn = Money.ZERO;
        Money cashOut = Money.ZERO;
        int noSales = 0;
        for (Record3<String, BigDecimal, Integer> row : dsl.select(CASH_MOVEMENT.KIND, DSL.sum(CASH_MOVEMENT.AMOUNT_FEN), DSL.count())
                .from(CASH_MOVEMENT).where(CASH_MOVEMENT.SHIFT_ID.eq(shift.id())).groupBy(CASH_MOVEMENT.KIND).fetch()) {
            Money sum = Money.ofFen(row.value2().longValueExact());
            switch (CashMovementKind.valueOf(row.value1())) {
                case CASH_IN -> cashIn = sum;
                case CASH_OUT -> cashOut = sum;
                case NO_SALE -> noSales = row.value3();
            }
        }
        Takings shiftTakings = takings.of(dsl, shift.id());
        return new ShiftReport(shift, at, cashIn, cashOut, noSales, shiftTakings,
                ShiftReport.expected(shift.openingFloat(), shiftTakings, cashIn, cashOut));
    }

    private Shift requireOpen(DSLContext tx) {
        return current(tx).orElseThrow(() -> new SuanpanException("shift.noneOpen"));
    }

    /**
     * Serialises changes to this terminal's shifts: two openings at once would each see no
     * open shift, a cash movement could slip into a shift being closed, two Z reports could
     * cover the same shifts.
     */
    private void lockTerminal(DSLContext tx) {
        tx.select(TERMINAL.ID).from(TERMINAL).where(TERMINAL.ID.eq(terminal.terminalId())).forUpdate().fetch();
    }

    private static Money requirePositive(Money amount) {
        if (!amount.isPositive()) {
            throw new SuanpanException("cash.amountNotPositive");
        }
        return amount;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new SuanpanException("cash.reasonRequired");
        }
        return reason.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Shift toShift(ShiftRecord r) {
        return new Shift(r.getId(), r.getTerminalId(), r.getUserId(), r.getBusinessDate(), r.getOpenedAt(),
                Money.ofFen(r.getFloatFen()));
    }

    private static String toJson(ZReport z) {
        List<JsonWriter> shifts = z.shifts().stream().map(s -> JsonWriter.object()
                .put("shiftId", s.shiftId())
                .put("userId", s.userId())
                .put("openedAt", s.openedAt())
                .put("closedAt", s.closedAt())
                .put("expectedFen", s.expectedCash().fen())
                .put("countedFen", s.countedCash().fen())).toList();
        List<JsonWriter> tenders = z.takings().tenders().stream().map(t -> JsonWriter.object()
                .put("method", t.method())
                .put("salesCount", t.salesCount())
                .put("salesFen", t.sales().fen())
                .put("refundsCount", t.refundsCount())
                .put("refundsFen", t.refunds().fen())).toList();
        return JsonWriter.object()
                .put("id", z.id())
                .put("number", z.number())
                .put("businessDate", z.businessDate())
                .put("at", z.at())
                .put("userId", z.userId())
                .putArray("shifts", shifts)
                .put("floatsFen", z.floats().fen())
                .put("cashInFen", z.cashIn().fen())
                .put("cashOutFen", z.cashOut().fen())
                .put("noSales", z.noSales())
                .put("cashSalesFen", z.takings().cashSales().fen())
                .put("cashRefundsFen", z.takings().cashRefunds().fen())
                .putArray("tenders", tenders)
                .put("expectedFen", z.expectedCash().fen())
                .put("countedFen", z.countedCash().fen())
                .put("overShortFen", z.overShort().fen())
                .put("auditSeq", z.auditHead().seq())
                .put("auditHash", z.auditHead().hash())
                .toString();
    }
}
