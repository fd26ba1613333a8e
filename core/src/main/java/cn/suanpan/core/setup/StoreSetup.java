package cn.suanpan.core.setup;

import static cn.suanpan.core.store.schema.Tables.STORE;
import static cn.suanpan.core.store.schema.Tables.TERMINAL;

import cn.suanpan.core.id.Ids;
import cn.suanpan.core.store.LocalStore;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** Reads and records which store and terminal this database belongs to. */
public final class StoreSetup {

    private final LocalStore store;
    private final Clock clock;

    public StoreSetup(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Optional<StoreInfo> current() {
        return store.dsl().select(STORE.fields()).select(TERMINAL.ID, TERMINAL.CODE)
                .from(TERMINAL).join(STORE).on(STORE.ID.eq(TERMINAL.STORE_ID))
                .where(TERMINAL.IS_LOCAL.isTrue())
                .fetchOptional(r -> new StoreInfo(r.get(STORE.ID), r.get(STORE.CODE), r.get(STORE.NAME), r.get(STORE.NAME_EN),
                        r.get(STORE.ADDRESS), r.get(STORE.PHONE), ZoneId.of(r.get(STORE.TIME_ZONE)),
                        r.get(TERMINAL.ID), r.get(TERMINAL.CODE)));
    }

    /** Records the store and this terminal; called once, on a new database. */
    public StoreInfo create(String storeCode, String name, String nameEn, String address, String phone, ZoneId zone,
                            String terminalCode) {
        UUID storeId = Ids.uuidV7(clock);
        UUID terminalId = Ids.uuidV7(clock);
        store.inTransactionRun(tx -> {
            tx.insertInto(STORE).set(STORE.ID, storeId).set(STORE.CODE, storeCode).set(STORE.NAME, name)
                    .set(STORE.NAME_EN, nameEn).set(STORE.ADDRESS, address).set(STORE.PHONE, phone)
                    .set(STORE.TIME_ZONE, zone.getId()).execute();
            tx.insertInto(TERMINAL).set(TERMINAL.ID, terminalId).set(TERMINAL.STORE_ID, storeId)
                    .set(TERMINAL.CODE, terminalCode).set(TERMINAL.NAME, terminalCode).set(TERMINAL.IS_LOCAL, true).execute();
        });
        return new StoreInfo(storeId, storeCode, name, nameEn, address, phone, zone, terminalId, terminalCode);
    }
}
