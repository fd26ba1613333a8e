package cn.suanpan.cloud.terminal;

import static cn.suanpan.cloud.store.schema.Tables.ENROLMENT_CODE;
import static cn.suanpan.cloud.store.schema.Tables.SHOP;
import static cn.suanpan.cloud.store.schema.Tables.TERMINAL;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.secrets.SecretSeal;
import cn.suanpan.sync.protocol.EnrolRequest;
import cn.suanpan.sync.protocol.EnrolResponse;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ProtocolException;
import cn.suanpan.sync.protocol.Signatures;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Joins terminals to shops. The shop's admin makes a one-time code (it expires, and works
 * once); a terminal that presents it gets its id, its number in the shop and the secret it
 * signs with from then on. Every enrolment is a new terminal of the shop, with the next
 * number: a till enrolled again is numbered again.
 */
public final class Enrolments {

    /** No 0/O, 1/I/L: a code is read off a screen and typed at a counter. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CloudStore store;
    private final Clock clock;
    private final SecretSeal seal;

    public Enrolments(CloudStore store, Clock clock, SecretSeal seal) {
        this.store = store;
        this.clock = clock;
        this.seal = seal;
    }

    /**
     * Seals the secrets of terminals enrolled before secrets were sealed; returns how many.
     * Every node does it on start; doing it twice is harmless.
     */
    public int sealClearSecrets() {
        return store.inTransaction(tx -> {
            int n = 0;
            for (var r : tx.select(TERMINAL.ID, TERMINAL.SECRET).from(TERMINAL).where(TERMINAL.SECRET.notLike(SecretSeal.PREFIX + "%"))
                    .forUpdate().fetch()) {
                n += tx.update(TERMINAL).set(TERMINAL.SECRET, seal.seal(r.value2())).where(TERMINAL.ID.eq(r.value1())).execute();
            }
            return n;
        });
    }

    public record Code(String code, UUID shopId, Instant expiresAt) {
    }

    public Code newCode(UUID shopId, Duration validFor) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        Instant now = clock.instant();
        Instant expires = now.plus(validFor);
        store.dsl().insertInto(ENROLMENT_CODE)
                .set(ENROLMENT_CODE.CODE, code.toString()).set(ENROLMENT_CODE.SHOP_ID, shopId)
                .set(ENROLMENT_CODE.CREATED_AT, now).set(ENROLMENT_CODE.EXPIRES_AT, expires)
                .execute();
        return new Code(code.toString(), shopId, expires);
    }

    /** Uses the code (once) and records the new terminal with a fresh secret. */
    public EnrolResponse enrol(EnrolRequest request) {
        String code = request.code().strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        UUID terminalId = Ids.uuidV7(clock);
        String secret = Signatures.newSecret();
        return store.inTransaction(tx -> {
            int taken = tx.update(ENROLMENT_CODE)
                    .set(ENROLMENT_CODE.USED_AT, now).set(ENROLMENT_CODE.TERMINAL_ID, terminalId)
                    .where(ENROLMENT_CODE.CODE.eq(code)).and(ENROLMENT_CODE.USED_AT.isNull()).and(ENROLMENT_CODE.EXPIRES_AT.gt(now))
                    .execute();
            if (taken != 1) {
                throw new ProtocolException(ErrorCode.BAD_CODE, "the enrolment code is unknown, used or expired: ask the shop's admin for a new one");
            }
            UUID shopId = tx.select(ENROLMENT_CODE.SHOP_ID).from(ENROLMENT_CODE).where(ENROLMENT_CODE.CODE.eq(code))
                    .fetchSingle(ENROLMENT_CODE.SHOP_ID);
            int terminalNo = nextTerminalNo(tx, shopId);
            String name = request.terminalName() == null ? null
                    : request.terminalName().length() > 100 ? request.terminalName().substring(0, 100) : request.terminalName();
            tx.insertInto(TERMINAL)
                    .set(TERMINAL.ID, terminalId).set(TERMINAL.SHOP_ID, shopId).set(TERMINAL.NAME, name)
                    .set(TERMINAL.SECRET, seal.seal(secret)).set(TERMINAL.ACKNOWLEDGED_SEQ, request.acknowledgedSeq())
                    .set(TERMINAL.ENROLLED_AT, now).set(TERMINAL.TERMINAL_NO, terminalNo)
                    .execute();
            String shopName = tx.select(SHOP.NAME).from(SHOP).where(SHOP.ID.eq(shopId)).fetchSingle(SHOP.NAME);
            return new EnrolResponse(Protocol.VERSION, terminalId, shopId, shopName, secret, terminalNo);
        });
    }

    /**
     * The shop's next terminal number. The shop's row is locked first, so two terminals
     * enrolling at once (on one node or two) take one number each; the unique index on
     * (shop, number) would refuse a second taker anyway.
     */
    private static int nextTerminalNo(DSLContext tx, UUID shopId) {
        tx.select(SHOP.ID).from(SHOP).where(SHOP.ID.eq(shopId)).forUpdate().fetchSingle();
        Integer highest = tx.select(DSL.max(TERMINAL.TERMINAL_NO)).from(TERMINAL).where(TERMINAL.SHOP_ID.eq(shopId))
                .fetchOne(0, Integer.class);
        return highest == null ? 1 : highest + 1;
    }
}
