package cn.suanpan.cloud.shop;

import static cn.suanpan.cloud.store.schema.Tables.SHOP;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.id.Ids;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/** The shops this cloud serves. */
public final class Shops {

    public record Shop(UUID id, String code, String name, String nameEn, ZoneId zone) {
    }

    private final CloudStore store;
    private final Clock clock;

    public Shops(CloudStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public Shop create(String code, String name, String nameEn, ZoneId zone) {
        UUID id = Ids.uuidV7(clock);
        store.dsl().insertInto(SHOP)
                .set(SHOP.ID, id).set(SHOP.CODE, code).set(SHOP.NAME, name).set(SHOP.NAME_EN, nameEn)
                .set(SHOP.TIME_ZONE, zone.getId()).set(SHOP.CREATED_AT, clock.instant())
                .execute();
        return new Shop(id, code, name, nameEn, zone);
    }

    public Optional<Shop> byCode(String code) {
        return store.dsl().selectFrom(SHOP).where(SHOP.CODE.eq(code)).fetchOptional(
                r -> new Shop(r.getId(), r.getCode(), r.getName(), r.getNameEn(), ZoneId.of(r.getTimeZone())));
    }

    public Optional<Shop> byId(UUID id) {
        return store.dsl().selectFrom(SHOP).where(SHOP.ID.eq(id)).fetchOptional(
                r -> new Shop(r.getId(), r.getCode(), r.getName(), r.getNameEn(), ZoneId.of(r.getTimeZone())));
    }
}
