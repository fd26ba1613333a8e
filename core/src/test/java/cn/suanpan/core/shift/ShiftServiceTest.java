package cn.suanpan.core.shift;

import static cn.suanpan.core.store.schema.Tables.CASH_MOVEMENT;
import static cn.suanpan.core.store.schema.Tables.SHIFT;
import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;
import static cn.suanpan.core.store.schema.Tables.Z_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.core.audit.AuditAction;
import cn.suanpan.core.audit.AuditEntry;
import cn.suanpan.core.auth.AuthPolicy;
import cn.suanpan.core.auth.Authorization;
import cn.suanpan.core.auth.Authorizer;
import cn.suanpan.core.auth.Permission;
import cn.suanpan.core.auth.SupervisorOverride;
import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.store.Counters;
import cn.suanpan.core.testing.TestTerminal;
import cn.suanpan.core.users.User;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShiftServiceTest {

    private static final Money FLOAT = Money.parse("200.00");
    private static final LocalDate MAY_1 = LocalDate.of(2025, 5, 1);

    @TempDir
    Path tmp;

    private TestTerminal t;
    private Authorizer authorizer;
    /** What the sales side would report per shift; nothing unless a test says so. */
    private final Map<UUID, Takings> sales = new HashMap<>();
    private CashTakings takings = (dsl, shiftId) -> sales.getOrDefault(shiftId, Takings.NONE);
    private ShiftService shifts;

    @BeforeEach
    void open() {
        t = new TestTerminal(tmp);
        authorizer = new Authorizer(t.store, t.users, t.audit, AuthPolicy.defaults());
        shifts = new ShiftService(t.store, t.info, t.audit, (dsl, id) -> takings.of(dsl, id), t.clock);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private static UserMessage refusal(ThrowingCallable call) {
        SuanpanException e = catchThrowableOfType(SuanpanException.class, call);
        assertThat(e).as("refused").isNotNull();
        return e.userMessage();
    }

    private Authorization as(User user, Permission permission) {
        return authorizer.require(user, permission, Optional.empty());
    }

    private Authorization approved(User user, Permission permission) {
        return authorizer.require(user, permission, Optional.of(new SupervisorOverride("lijun", TestTerminal.SUPERVISOR_PIN)));
    }

    private List<String> outboxTypes() {
        return t.store.dsl().selectFrom(SYNC_OUTBOX).orderBy(SYNC_OUTBOX.SEQ).fetch(SYNC_OUTBOX.EVENT_TYPE);
    }

    private List<AuditAction> auditActions() {
        return t.audit.latest(t.store.dsl(), 100).reversed().stream().map(AuditEntry::action).toList();
    }

    private ShiftClosing closeWith(User user, DenominationCount count) {
        return shifts.close(as(user, Permission.CLOSE_SHIFT), count);
    }

    @Test
    void aShiftOpensWithItsFloatOnTheStoresBusinessDay() {
        Shift shift = shifts.open(t.cashier, FLOAT);

        assertThat(shifts.current()).contains(shift);
        assertThat(shift.userId()).isEqualTo(t.cashier.id());
        assertThat(shift.terminalId()).isEqualTo(t.info.terminalId());
        assertThat(shift.openingFloat()).isEqualTo(FLOAT);
        assertThat(shift.businessDate()).isEqualTo(MAY_1);
        assertThat(outboxTypes()).containsExactly("shift.opened");
        assertThat(auditActions()).containsExactly(AuditAction.SHIFT_OPEN);
    }

    @Test
    void aSecondShiftOnTheSameTerminalIsRefused() {
        shifts.open(t.cashier, FLOAT);

        UserMessage m = refusal(() -> shifts.open(t.supervisor, Money.ZERO));

        assertThat(m.key()).isEqualTo("shift.alreadyOpen");
        assertThat(m.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("王芳 的班次已在本收银台开启。");
        assertThat(t.store.dsl().fetchCount(SHIFT)).isEqualTo(1);
        assertThat(outboxTypes()).containsExactly("shift.opened");
    }

    @Test
    void theDatabaseItselfAllowsOnlyOneOpenShiftPerTerminal() {
        Shift shift = shifts.open(t.cashier, FLOAT);
        // straight past the service, as a second process with no check would
        assertThatThrownBy(() -> t.store.dsl().insertInto(SHIFT)
                .set(SHIFT.ID, UUID.randomUUID()).set(SHIFT.TERMINAL_ID, shift.terminalId()).set(SHIFT.OPEN_ON, shift.terminalId())
                .set(SHIFT.USER_ID, t.supervisor.id()).set(SHIFT.BUSINESS_DATE, MAY_1).set(SHIFT.OPENED_AT, t.clock.instant())
                .set(SHIFT.FLOAT_FEN, 0L).execute())
                .isInstanceOf(org.jooq.exception.DataAccessException.class);
    }

    @Test
    void aNewShiftMayOpenOnceTheLastIsClosed() {
        shifts.open(t.cashier, FLOAT);
        closeWith(t.cashier, DenominationCount.none().with(Denomination.YUAN_100, 2));

        assertThat(shifts.current()).isEmpty();
        Shift next = shifts.open(t.supervisor, Money.parse("300.00"));
        assertThat(shifts.current()).contains(next);
    }

    @Test
    void aNegativeFloatIsRefused() {
        assertThat(refusal(() -> shifts.open(t.cashier, Money.parse("-0.01"))).key()).isEqualTo("shift.negativeFloat");
        assertThat(shifts.current()).isEmpty();
    }

    @Test
    void cashInAndOutAreRecordedWithWhoApprovedAndMoveTheExpectedCash() {
        shifts.open(t.cashier, FLOAT);

        CashMovement in = shifts.cashIn(approved(t.cashier, Permission.CASH_IN_OUT), Money.parse("50.00"), " 换零钱 ");
        CashMovement out = shifts.cashOut(as(t.supervisor, Permission.CASH_IN_OUT), Money.parse("120.00"), "存入保险柜");

        assertThat(in.kind()).isEqualTo(CashMovementKind.CASH_IN);
        assertThat(in.reason()).isEqualTo("换零钱");
        assertThat(in.userId()).isEqualTo(t.cashier.id());
        assertThat(in.approverId()).isEqualTo(t.supervisor.id());
        assertThat(out.approverId()).isNull();

        ShiftReport x = shifts.xReport();
        assertThat(x.cashIn()).isEqualTo(Money.parse("50.00"));
        assertThat(x.cashOut()).isEqualTo(Money.parse("120.00"));
        assertThat(x.expectedCash()).isEqualTo(Money.parse("130.00"));

        assertThat(auditActions()).containsExactly(AuditAction.SHIFT_OPEN, AuditAction.OVERRIDE_GRANTED, AuditAction.CASH_IN,
                AuditAction.CASH_OUT);
        AuditEntry cashIn = t.audit.latest(t.store.dsl(), 2).getLast();
        assertThat(cashIn.approverId()).isEqualTo(t.supervisor.id());
        assertThat(outboxTypes()).containsExactly("shift.opened", "cash.moved", "cash.moved");
        assertThat(t.store.dsl().fetchValue(SYNC_OUTBOX.PAYLOAD, SYNC_OUTBOX.SEQ.eq(2L)))
                .contains("\"kind\":\"CASH_IN\",\"amountFen\":5000,\"reason\":\"换零钱\"")
                .contains("\"approverId\":\"" + t.supervisor.id() + "\"");
    }

    @Test
    void cashMovementsNeedAnAmountAReasonAnOpenShiftAndTheRightLeave() {
        Authorization leave = as(t.supervisor, Permission.CASH_IN_OUT);
        assertThat(refusal(() -> shifts.cashIn(leave, Money.parse("10.00"), "零钱")).key()).isEqualTo("shift.noneOpen");

        shifts.open(t.cashier, FLOAT);
        assertThat(refusal(() -> shifts.cashIn(leave, Money.ZERO, "零钱")).key()).isEqualTo("cash.amountNotPositive");
        assertThat(refusal(() -> shifts.cashOut(leave, Money.parse("-5.00"), "零钱")).key()).isEqualTo("cash.amountNotPositive");
        assertThat(refusal(() -> shifts.cashOut(leave, Money.parse("5.00"), "  ")).key()).isEqualTo("cash.reasonRequired");
        assertThatThrownBy(() -> shifts.cashOut(as(t.supervisor, Permission.NO_SALE), Money.parse("5.00"), "零钱"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(t.store.dsl().fetchCount(CASH_MOVEMENT)).isZero();
    }

    @Test
    void aNoSaleIsRecordedAndCountedButMovesNoMoney() {
        shifts.open(t.cashier, FLOAT);

        CashMovement noSale = shifts.noSale(approved(t.cashier, Permission.NO_SALE), "顾客换零钱");

        assertThat(noSale.amount()).isEqualTo(Money.ZERO);
        assertThat(noSale.approverId()).isEqualTo(t.supervisor.id());
        ShiftReport x = shifts.xReport();
        assertThat(x.noSales()).isEqualTo(1);
        assertThat(x.expectedCash()).isEqualTo(FLOAT);
        assertThat(t.audit.latest(t.store.dsl(), 1).getFirst()).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.NO_SALE);
            assertThat(e.userId()).isEqualTo(t.cashier.id());
            assertThat(e.approverId()).isEqualTo(t.supervisor.id());
        });
    }

    @Test
    void anXReportChangesNothing() {
        Shift shift = shifts.open(t.cashier, FLOAT);
        sales.put(shift.id(), new Takings(Money.parse("80.00"), Money.ZERO, List.of()));
        var headBefore = t.audit.head(t.store.dsl());

        ShiftReport first = shifts.xReport();
        ShiftReport second = shifts.xReport();

        assertThat(first).isEqualTo(second);
        assertThat(first.expectedCash()).isEqualTo(Money.parse("280.00"));
        assertThat(t.audit.head(t.store.dsl())).isEqualTo(headBefore);
        assertThat(Outbox.pending(t.store.dsl())).isEqualTo(1);
        assertThat(shifts.current()).contains(shift);
    }

    @Test
    void theBlindCountIsComparedWithFloatPlusCashSalesMinusRefundsPlusInMinusOut() {
        Shift shift = shifts.open(t.cashier, FLOAT);
        sales.put(shift.id(), new Takings(Money.parse("356.50"), Money.parse("20.00"),
                List.of(new TenderTotal("CASH", 12, Money.parse("356.50"), 1, Money.parse("20.00")),
                        new TenderTotal("WECHAT", 30, Money.parse("890.00"), 0, Money.ZERO))));
        shifts.cashIn(as(t.supervisor, Permission.CASH_IN_OUT), Money.parse("50.00"), "换零钱");
        shifts.cashOut(as(t.supervisor, Permission.CASH_IN_OUT), Money.parse("300.00"), "存入保险柜");
        // expected: 200 + 356.50 - 20 + 50 - 300 = 286.50
        DenominationCount count = DenominationCount.none()
                .with(Denomination.YUAN_100, 2).with(Denomination.YUAN_50, 1).with(Denomination.YUAN_20, 1)
                .with(Denomination.YUAN_10, 1).with(Denomination.YUAN_5, 1).with(Denomination.YUAN_1, 1)
                .with(Denomination.JIAO_5, 1).with(Denomination.JIAO_1, 3);

        ShiftClosing closing = closeWith(t.cashier, count);

        assertThat(closing.report().expectedCash()).isEqualTo(Money.parse("286.50"));
        assertThat(closing.counted()).isEqualTo(Money.parse("286.80"));
        assertThat(closing.overShort()).isEqualTo(Money.parse("0.30"));
        assertThat(closing.report().takings().tenders()).extracting(TenderTotal::method).containsExactly("CASH", "WECHAT");
        var row = t.store.dsl().selectFrom(SHIFT).where(SHIFT.ID.eq(shift.id())).fetchSingle();
        assertThat(row.getOpenOn()).isNull();
        assertThat(row.getExpectedFen()).isEqualTo(28_650L);
        assertThat(row.getCountedFen()).isEqualTo(28_680L);
        assertThat(row.getCountedNotes()).isEqualTo(
                "{\"YUAN_100\":2,\"YUAN_50\":1,\"YUAN_20\":1,\"YUAN_10\":1,\"YUAN_5\":1,\"YUAN_1\":1,\"JIAO_5\":1,\"JIAO_1\":3}");
        assertThat(outboxTypes()).endsWith("shift.closed");
        assertThat(t.store.dsl().fetchValue(SYNC_OUTBOX.PAYLOAD, SYNC_OUTBOX.EVENT_TYPE.eq("shift.closed")))
                .contains("\"expectedFen\":28650,\"countedFen\":28680,\"overShortFen\":30");
        assertThat(auditActions()).endsWith(AuditAction.SHIFT_CLOSE);
    }

    @Test
    void aShortDrawerShowsANegativeDifference() {
        shifts.open(t.cashier, FLOAT);
        ShiftClosing closing = closeWith(t.cashier, DenominationCount.none().with(Denomination.YUAN_100, 1).with(Denomination.YUAN_50, 1));
        assertThat(closing.overShort()).isEqualTo(Money.parse("-50.00"));
    }

    @Test
    void aCloseThatFailsHalfwayLeavesTheShiftOpenWithNoEventAndNoAuditEntry() {
        shifts.open(t.cashier, FLOAT);
        var headBefore = t.audit.head(t.store.dsl());
        takings = (dsl, shiftId) -> {
            throw new IllegalStateException("sales tables unreadable");
        };

        assertThatThrownBy(() -> closeWith(t.cashier, DenominationCount.none())).isInstanceOf(IllegalStateException.class);

        assertThat(shifts.current()).isPresent();
        assertThat(outboxTypes()).containsExactly("shift.opened");
        assertThat(t.audit.head(t.store.dsl())).isEqualTo(headBefore);
    }

    @Test
    void theZReportAddsUpTheDaysShiftsAndIsNumbered() {
        Shift morning = shifts.open(t.cashier, FLOAT);
        sales.put(morning.id(), new Takings(Money.parse("100.00"), Money.ZERO,
                List.of(new TenderTotal("CASH", 4, Money.parse("100.00"), 0, Money.ZERO),
                        new TenderTotal("ALIPAY", 2, Money.parse("30.00"), 0, Money.ZERO))));
        closeWith(t.cashier, DenominationCount.none().with(Denomination.YUAN_100, 3));
        t.clock.advance(Duration.ofHours(6));
        Shift evening = shifts.open(t.supervisor, Money.parse("100.00"));
        sales.put(evening.id(), new Takings(Money.parse("45.00"), Money.parse("5.00"),
                List.of(new TenderTotal("CASH", 3, Money.parse("45.00"), 1, Money.parse("5.00")))));
        shifts.noSale(as(t.supervisor, Permission.NO_SALE), null);
        closeWith(t.supervisor, DenominationCount.none().with(Denomination.YUAN_100, 1).with(Denomination.YUAN_20, 2));

        ZReport z = shifts.zReport(as(t.supervisor, Permission.Z_REPORT));

        assertThat(z.number()).isEqualTo(1);
        assertThat(z.businessDate()).isEqualTo(MAY_1);
        assertThat(z.shifts()).extracting(ZReport.ShiftSummary::shiftId).containsExactly(morning.id(), evening.id());
        assertThat(z.floats()).isEqualTo(Money.parse("300.00"));
        assertThat(z.noSales()).isEqualTo(1);
        assertThat(z.takings().cashSales()).isEqualTo(Money.parse("145.00"));
        assertThat(z.takings().cashRefunds()).isEqualTo(Money.parse("5.00"));
        assertThat(z.takings().tenders()).containsExactly(
                new TenderTotal("CASH", 7, Money.parse("145.00"), 1, Money.parse("5.00")),
                new TenderTotal("ALIPAY", 2, Money.parse("30.00"), 0, Money.ZERO));
        assertThat(z.expectedCash()).isEqualTo(Money.parse("440.00"));
        assertThat(z.countedCash()).isEqualTo(Money.parse("440.00"));
        assertThat(z.overShort()).isEqualTo(Money.ZERO);
        // the head printed on the Z report is the log's head, the Z report's own entry
        assertThat(z.auditHead()).isEqualTo(t.audit.head(t.store.dsl()));
        assertThat(t.audit.latest(t.store.dsl(), 1).getFirst().action()).isEqualTo(AuditAction.Z_REPORT);
        assertThat(t.store.dsl().fetchCount(SHIFT, SHIFT.Z_REPORT_ID.eq(z.id()))).isEqualTo(2);
        assertThat(shifts.zReportFigures(1)).hasValueSatisfying(json -> assertThat(json)
                .startsWith("{\"id\":\"" + z.id() + "\",\"number\":1,\"businessDate\":\"2025-05-01\"")
                .contains("\"tenders\":[{\"method\":\"CASH\",\"salesCount\":7,\"salesFen\":14500,\"refundsCount\":1,\"refundsFen\":500},")
                .endsWith("\"auditHash\":\"" + z.auditHead().hash() + "\"}"));
        assertThat(t.store.dsl().fetchValue(SYNC_OUTBOX.PAYLOAD, SYNC_OUTBOX.EVENT_TYPE.eq("z.report")))
                .isEqualTo(shifts.zReportFigures(1).orElseThrow());
    }

    @Test
    void aDayHasOneZReportAndIsClosedByIt() {
        shifts.open(t.cashier, FLOAT);
        closeWith(t.cashier, DenominationCount.none());
        shifts.zReport(as(t.supervisor, Permission.Z_REPORT));

        t.clock.advance(Duration.ofHours(1));
        UserMessage twice = refusal(() -> shifts.zReport(as(t.supervisor, Permission.Z_REPORT)));
        assertThat(twice.key()).isEqualTo("z.alreadyDone");
        assertThat(twice.format(Locale.ENGLISH)).isEqualTo("The Z report for 2025-05-01 has already been made.");
        assertThat(refusal(() -> shifts.open(t.cashier, FLOAT)).key()).isEqualTo("shift.dayClosed");
        assertThat(t.store.dsl().fetchCount(Z_REPORT)).isEqualTo(1);
        assertThat(outboxTypes()).containsOnlyOnce("z.report");
    }

    @Test
    void zNumbersHaveNoGapsEvenWhenAZReportIsRefused() {
        for (int day = 0; day < 3; day++) {
            shifts.open(t.cashier, FLOAT);
            // refused while the shift is open: takes no number
            assertThat(refusal(() -> shifts.zReport(as(t.supervisor, Permission.Z_REPORT))).key()).isEqualTo("z.shiftOpen");
            closeWith(t.cashier, DenominationCount.none());
            assertThat(shifts.zReport(as(t.supervisor, Permission.Z_REPORT)).number()).isEqualTo(day + 1);
            // refused as a duplicate: takes no number either
            refusal(() -> shifts.zReport(as(t.supervisor, Permission.Z_REPORT)));
            t.clock.advance(Duration.ofDays(1));
        }
        assertThat(t.store.dsl().select(Z_REPORT.NUMBER).from(Z_REPORT).orderBy(Z_REPORT.NUMBER).fetch(Z_REPORT.NUMBER))
                .containsExactly(1L, 2L, 3L);
        assertThat(t.store.dsl().select(Z_REPORT.BUSINESS_DATE).from(Z_REPORT).orderBy(Z_REPORT.NUMBER).fetch(Z_REPORT.BUSINESS_DATE))
                .containsExactly(MAY_1, MAY_1.plusDays(1), MAY_1.plusDays(2));
        assertThat(Counters.peek(t.store.dsl(), ShiftService.Z_COUNTER)).isEqualTo(4);
    }

    @Test
    void aShiftPastMidnightEndsTheDayItBegan() {
        // 23:30 Shanghai time on 1 May
        t.clock.advance(Duration.ofHours(14).plusMinutes(30));
        Shift late = shifts.open(t.cashier, FLOAT);
        t.clock.advance(Duration.ofHours(2));
        closeWith(t.cashier, DenominationCount.none());

        ZReport z = shifts.zReport(as(t.supervisor, Permission.Z_REPORT));

        assertThat(late.businessDate()).isEqualTo(MAY_1);
        assertThat(z.businessDate()).isEqualTo(MAY_1);
        // it is 2 May now, and that day is still open for business
        assertThat(shifts.open(t.cashier, FLOAT).businessDate()).isEqualTo(MAY_1.plusDays(1));
    }

    @Test
    void aZReportNeedsItsOwnPermission() {
        shifts.open(t.cashier, FLOAT);
        closeWith(t.cashier, DenominationCount.none());
        assertThatThrownBy(() -> shifts.zReport(as(t.cashier, Permission.CLOSE_SHIFT))).isInstanceOf(IllegalArgumentException.class);
        assertThat(refusal(() -> as(t.cashier, Permission.Z_REPORT)).key()).isEqualTo("auth.denied");
    }
}
