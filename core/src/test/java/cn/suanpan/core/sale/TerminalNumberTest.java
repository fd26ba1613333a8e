package cn.suanpan.core.sale;

import static cn.suanpan.core.store.schema.Tables.TERMINAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.id.Ids;
import cn.suanpan.core.setup.StoreInfo;
import cn.suanpan.core.setup.StoreSetup;
import cn.suanpan.core.store.LocalStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalNumberTest {

    private final Clock clock = Clock.systemUTC();

    @TempDir
    Path tmp;

    private static boolean adopt(LocalStore store, int n) {
        Boolean adopted = store.inTransaction(tx -> TerminalNumber.adopt(tx, n));
        return adopted;
    }

    @Test
    void theCodeHasTwoDigitsAtLeast() {
        assertThat(TerminalNumber.code(1)).isEqualTo("01");
        assertThat(TerminalNumber.code(12)).isEqualTo("12");
        assertThat(TerminalNumber.code(100)).isEqualTo("100");
        assertThatThrownBy(() -> TerminalNumber.code(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewTillTakesItsNumberAsItsCode() {
        try (LocalStore store = LocalStore.open(tmp)) {
            StoreSetup setup = new StoreSetup(store, clock);
            setup.create("0001", "店", null, null, null, ZoneId.of("Asia/Shanghai"), "01");

            assertThat(adopt(store, 2)).isTrue();

            StoreInfo till = setup.current().orElseThrow();
            assertThat(till.terminalCode()).isEqualTo("02");
            assertThat(store.dsl().select(TERMINAL.NAME).from(TERMINAL).where(TERMINAL.IS_LOCAL.isTrue()).fetchSingle(TERMINAL.NAME))
                    .as("still named by its code").isEqualTo("02");
            assertThat(store.inTransaction(tx -> ReceiptNumbers.next(tx, till, ReceiptKind.SALE, LocalDate.of(2026, 11, 26))).text())
                    .isEqualTo("0001-02-20261126-0001");
        }
    }

    @Test
    void aTillThatHasNumberedReceiptsKeepsItsCode() {
        try (LocalStore store = LocalStore.open(tmp)) {
            StoreSetup setup = new StoreSetup(store, clock);
            StoreInfo till = setup.create("0001", "店", null, null, null, ZoneId.of("Asia/Shanghai"), "01");
            store.inTransaction(tx -> ReceiptNumbers.next(tx, till, ReceiptKind.TRAINING_SALE, LocalDate.of(2026, 11, 26)));

            assertThat(adopt(store, 3)).isFalse();

            assertThat(setup.current().orElseThrow().terminalCode()).isEqualTo("01");
        }
    }

    @Test
    void aCodeAnotherTerminalOfTheStoreHasHereIsNotTaken() {
        try (LocalStore store = LocalStore.open(tmp)) {
            StoreSetup setup = new StoreSetup(store, clock);
            StoreInfo till = setup.create("0001", "店", null, null, null, ZoneId.of("Asia/Shanghai"), "01");
            store.dsl().insertInto(TERMINAL).set(TERMINAL.ID, Ids.uuidV7(clock)).set(TERMINAL.STORE_ID, till.storeId())
                    .set(TERMINAL.CODE, "04").set(TERMINAL.IS_LOCAL, false).execute();

            assertThat(adopt(store, 4)).isFalse();
            assertThat(adopt(store, 5)).isTrue();

            assertThat(setup.current().orElseThrow().terminalCode()).isEqualTo("05");
        }
    }
}
