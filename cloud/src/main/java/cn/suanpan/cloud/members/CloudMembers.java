package cn.suanpan.cloud.members;

import static cn.suanpan.cloud.store.schema.Tables.MEMBER;

import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.shop.StreamPage;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.MemberRecord;
import cn.suanpan.sync.protocol.Change;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.Stream;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The shop's members, which the cloud owns: sign-ups from any counter (or later the
 * mini-program) and points moved by sales as deltas. Each change takes a change number,
 * so terminals pull members like the catalog.
 */
public final class CloudMembers {

    private final CloudStore store;

    public CloudMembers(CloudStore store) {
        this.store = store;
    }

    /** What a sign-up came to: a new member, or the one who already had the phone number. */
    public record SignUp(UUID memberId, boolean merged) {
    }

    /** Records a sign-up made at a counter; a phone number the shop knows keeps its member. */
    public static SignUp signUp(DSLContext tx, UUID shopId, UUID memberId, String phone, String name, Instant at) {
        UUID existing = tx.select(MEMBER.ID).from(MEMBER).where(MEMBER.SHOP_ID.eq(shopId)).and(MEMBER.PHONE.eq(phone))
                .fetchOne(MEMBER.ID);
        if (existing != null) {
            return new SignUp(existing, true);
        }
        if (tx.fetchExists(MEMBER, MEMBER.ID.eq(memberId))) {
            return new SignUp(memberId, true);
        }
        long seq = ChangeNumbers.next(tx, shopId);
        tx.insertInto(MEMBER)
                .set(MEMBER.ID, memberId).set(MEMBER.SHOP_ID, shopId).set(MEMBER.PHONE, phone).set(MEMBER.NAME, name)
                .set(MEMBER.POINTS, 0L).set(MEMBER.BALANCE_FEN, 0L).set(MEMBER.STATUS, "ACTIVE")
                .set(MEMBER.CHANGE_SEQ, seq).set(MEMBER.UPDATED_AT, at)
                .execute();
        return new SignUp(memberId, false);
    }

    /** Moves a member's points by a delta; false for a member the shop does not have. */
    public static boolean addPoints(DSLContext tx, UUID shopId, UUID memberId, long delta, Instant at) {
        if (!tx.fetchExists(MEMBER, MEMBER.ID.eq(memberId).and(MEMBER.SHOP_ID.eq(shopId)).and(MEMBER.DELETED.isFalse()))) {
            return false;
        }
        long seq = ChangeNumbers.next(tx, shopId);
        return tx.update(MEMBER).set(MEMBER.POINTS, MEMBER.POINTS.plus(delta)).set(MEMBER.CHANGE_SEQ, seq)
                .set(MEMBER.UPDATED_AT, at).where(MEMBER.ID.eq(memberId)).execute() == 1;
    }

    public Optional<MemberRecord> byPhone(UUID shopId, String phone) {
        return store.dsl().selectFrom(MEMBER).where(MEMBER.SHOP_ID.eq(shopId)).and(MEMBER.PHONE.eq(phone)).fetchOptional();
    }

    private static final StreamPage.Source<MemberRecord> SOURCE = new StreamPage.Source<>(MEMBER, MEMBER.SHOP_ID,
            MEMBER.CHANGE_SEQ, MEMBER.DELETED, m -> m.getDeleted()
                    ? new Change.Removed("member", m.getId(), m.getPhone())
                    : new Change.MemberChange(m.getId(), m.getPhone(), m.getName(), m.getLevel(), m.getPoints(), m.getBalanceFen(),
                            m.getMemberCode(), m.getStatus(), m.getUpdatedAt()));

    /** A page of the members stream, numbered, snapshotted and counted like the catalog's (see {@link StreamPage}). */
    public PullPage page(UUID shopId, long cursor, int limit, boolean countRemaining) {
        return StreamPage.read(store.dsl(), Stream.MEMBERS, SOURCE, shopId, cursor, limit, countRemaining);
    }
}
