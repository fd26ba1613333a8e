package cn.suanpan.core.stock;

import static cn.suanpan.core.store.schema.Tables.PRODUCT;
import static cn.suanpan.core.store.schema.Tables.STOCK_MOVEMENT;
import static cn.suanpan.core.store.schema.Tables.SYNC_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StockLedgerTest {

    private static final UUID CASHIER = UUID.fromString("0196a1b2-0000-7000-8000-00000000000a");

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T01:00:00Z"));
    private LocalStore store;
    private StockLedger ledger;
    private UUID apples;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
        ledger = new StockLedger(store, clock);
        apples = UUID.fromString("0196a1b2-0000-7000-8000-0000000000a1");
        store.dsl().insertInto(PRODUCT)
                .set(PRODUCT.ID, apples).set(PRODUCT.SKU, "F001").set(PRODUCT.NAME, "红富士苹果")
                .set(PRODUCT.PRICE_FEN, 1280L).set(PRODUCT.WEIGHED, true).set(PRODUCT.UPDATED_AT, clock.instant())
                .execute();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private StockResult record(String quantity, MovementKind kind) {
        clock.advance(Duration.ofMinutes(1));
        return ledger.record(apples, new BigDecimal(quantity), kind, "ref", CASHIER);
    }

    @Test
    void onHandIsTheSumOfTheMovementsToTheGram() {
        assertThat(ledger.onHand(apples)).isEqualByComparingTo("0");

        record("10", MovementKind.RECEIPT);
        record("-1.5", MovementKind.SALE);
        record("-0.250", MovementKind.SALE);
        record("1", MovementKind.RETURN);
        record("-0.001", MovementKind.ADJUSTMENT);

        assertThat(ledger.onHand(apples)).isEqualTo(new BigDecimal("9.249"));
        assertThat(ledger.onHand(UUID.randomUUID())).isEqualByComparingTo("0");
        assertThat(ledger.movements(apples, 2)).extracting(StockMovement::kind)
                .containsExactly(MovementKind.ADJUSTMENT, MovementKind.RETURN);
        assertThat(store.dsl().fetchValue(STOCK_MOVEMENT.QUANTITY_MILLI, STOCK_MOVEMENT.KIND.eq("RETURN"))).isEqualTo(1000L);
    }

    @Test
    void goingNegativeIsRecordedWithAWarningNeverRefused() {
        record("2", MovementKind.RECEIPT);

        StockResult result = record("-2.5", MovementKind.SALE);

        assertThat(result.negative()).isTrue();
        assertThat(result.onHand()).isEqualTo(new BigDecimal("-0.500"));
        assertThat(result.warning()).hasValueSatisfying(w -> {
            assertThat(w.key()).isEqualTo("stock.negative");
            assertThat(w.format(Locale.SIMPLIFIED_CHINESE)).isEqualTo("红富士苹果 的库存现为 -0.5，请核对货架和到货记录。");
        });
        assertThat(ledger.onHand(apples)).isEqualTo(new BigDecimal("-0.500"));

        // a return that still leaves it below zero does not warn again: it made things better
        StockResult back = record("0.2", MovementKind.RETURN);
        assertThat(back.negative()).isTrue();
        assertThat(back.warning()).isEmpty();
        assertThat(record("1", MovementKind.RECEIPT).warning()).isEmpty();
    }

    @Test
    void aCountRecordsTheDifferenceAsACountMovement() {
        record("10", MovementKind.RECEIPT);
        record("-1.25", MovementKind.SALE);

        StockResult counted = ledger.count(apples, new BigDecimal("7.5"), "count-2025-05", CASHIER);

        assertThat(counted.movement().kind()).isEqualTo(MovementKind.COUNT);
        assertThat(counted.movement().quantity()).isEqualTo(new BigDecimal("-1.250"));
        assertThat(ledger.onHand(apples)).isEqualTo(new BigDecimal("7.500"));

        // more found than expected
        assertThat(ledger.count(apples, new BigDecimal("8"), "count", CASHIER).movement().quantity()).isEqualTo(new BigDecimal("0.500"));
        // a matching count is still recorded: someone checked the shelf
        StockResult matching = ledger.count(apples, new BigDecimal("8.000"), "count", CASHIER);
        assertThat(matching.movement().quantity()).isEqualByComparingTo("0");
        assertThat(store.dsl().fetchCount(STOCK_MOVEMENT, STOCK_MOVEMENT.KIND.eq("COUNT"))).isEqualTo(3);
        assertThat(ledger.onHand(apples)).isEqualTo(new BigDecimal("8.000"));
    }

    @Test
    void aMovementGoingTheWrongWayForItsKindIsAProgrammingError() {
        assertThatThrownBy(() -> record("1", MovementKind.SALE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("1", MovementKind.ONLINE_ORDER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("-1", MovementKind.RECEIPT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("-1", MovementKind.RETURN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("0", MovementKind.ADJUSTMENT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> record("-0.0005", MovementKind.SALE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ledger.count(apples, new BigDecimal("-1"), "count", CASHIER)).isInstanceOf(IllegalArgumentException.class);
        assertThat(store.dsl().fetchCount(STOCK_MOVEMENT)).isZero();
        // trailing zeros beyond three places are no precision lost
        assertThat(record("-1.50000", MovementKind.SALE).movement().quantity()).isEqualTo(new BigDecimal("-1.500"));
    }

    @Test
    void everyMovementQueuesAStockMovedEvent() {
        StockResult r = record("-0.75", MovementKind.ONLINE_ORDER);

        var event = store.dsl().selectFrom(SYNC_OUTBOX).fetchSingle();
        assertThat(event.getEventType()).isEqualTo("stock.moved");
        assertThat(event.getPayload()).isEqualTo("{\"id\":\"" + r.movement().id() + "\",\"productId\":\"" + apples
                + "\",\"quantityMilli\":-750,\"kind\":\"ONLINE_ORDER\",\"reference\":\"ref\",\"at\":\"2025-05-01T01:01:00Z\","
                + "\"userId\":\"" + CASHIER + "\"}");
    }

    @Test
    void movementsOfARolledBackSaleLeaveNeitherStockNorEvents() {
        record("5", MovementKind.RECEIPT);

        assertThatThrownBy(() -> store.inTransactionRun(tx -> {
            StockResult inside = ledger.record(tx, apples, new BigDecimal("-2"), MovementKind.SALE, "sale-1", CASHIER);
            // the caller's transaction sees its own movement
            assertThat(inside.onHand()).isEqualTo(new BigDecimal("3.000"));
            ledger.record(tx, apples, new BigDecimal("-1"), MovementKind.SALE, "sale-1", CASHIER);
            throw new IllegalStateException("payment failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ledger.onHand(apples)).isEqualTo(new BigDecimal("5.000"));
        assertThat(store.dsl().fetchCount(STOCK_MOVEMENT)).isEqualTo(1);
        assertThat(Outbox.pending(store.dsl())).isEqualTo(1);
    }

    @Test
    void aSalesLinesAreRecordedTogetherAndAProductLeftBelowZeroWarnsOnce() {
        UUID pears = UUID.fromString("0196a1b2-0000-7000-8000-0000000000a2");
        record("1", MovementKind.RECEIPT);
        record("5", MovementKind.RECEIPT);  // apples: 6
        store.dsl().deleteFrom(SYNC_OUTBOX).execute();

        var results = store.inTransaction(tx -> ledger.recordAll(tx, java.util.List.of(
                new StockLedger.Move(apples, "红富士苹果", new BigDecimal("-4")),
                new StockLedger.Move(pears, "雪梨", new BigDecimal("-1")),
                new StockLedger.Move(apples, "红富士苹果", new BigDecimal("-3"))), MovementKind.SALE, "R-1", CASHIER));

        assertThat(results).extracting(r -> r.movement().quantity()).containsExactly(new BigDecimal("-4.000"),
                new BigDecimal("-1.000"), new BigDecimal("-3.000"));
        assertThat(results).extracting(StockResult::onHand).containsExactly(new BigDecimal("-1.000"), new BigDecimal("-1.000"),
                new BigDecimal("-1.000"));
        assertThat(results).extracting(r -> r.warning().map(w -> w.args()[0]).orElse(null))
                .containsExactly(null, "雪梨", "红富士苹果");
        assertThat(ledger.onHand(apples)).isEqualByComparingTo("-1");
        assertThat(store.dsl().fetchCount(SYNC_OUTBOX, SYNC_OUTBOX.EVENT_TYPE.eq(StockLedger.EVENT_MOVED))).isEqualTo(3);
        assertThat(Outbox.peekBatch(store.dsl(), 3)).extracting(Outbox.PendingEvent::payload)
                .allSatisfy(p -> assertThat(p).contains("\"reference\":\"R-1\""));
        assertThatThrownBy(() -> store.inTransaction(tx -> ledger.recordAll(tx, java.util.List.of(
                new StockLedger.Move(apples, "红富士苹果", new BigDecimal("2"))), MovementKind.SALE, "R-2", CASHIER)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
