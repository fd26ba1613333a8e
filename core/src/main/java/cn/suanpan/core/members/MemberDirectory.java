package cn.suanpan.core.members;

import static cn.suanpan.core.store.schema.Tables.MEMBER;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.money.Money;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.MemberRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The terminal's copy of the members, as last synced from the cloud, which owns them.
 * What the terminal changes travels as events: a sign-up at the counter
 * ({@code member.signup}) and points earned or given back ({@code member.points}, always a
 * delta, so two terminals' points add up instead of overwriting each other).
 */
public final class MemberDirectory {

    public static final String EVENT_SIGNUP = "member.signup";
    public static final String EVENT_POINTS = "member.points";

    private final LocalStore store;
    private final Clock clock;

    public MemberDirectory(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The member with this mobile number, typed in any usual way (spaces, +86). */
    public Optional<Member> byPhone(String phone) {
        return PhoneNumbers.normalize(phone)
                .flatMap(p -> store.dsl().selectFrom(MEMBER).where(MEMBER.PHONE.eq(p)).fetchOptional(MemberDirectory::toMember));
    }

    /** The member whose card or mini-program code was scanned. */
    public Optional<Member> byCode(String memberCode) {
        if (memberCode == null || memberCode.isBlank()) {
            return Optional.empty();
        }
        return store.dsl().selectFrom(MEMBER).where(MEMBER.MEMBER_CODE.eq(memberCode.strip()))
                .fetchOptional(MemberDirectory::toMember);
    }

    public Optional<Member> byId(DSLContext dsl, UUID id) {
        return dsl.selectFrom(MEMBER).where(MEMBER.ID.eq(id)).fetchOptional(MemberDirectory::toMember);
    }

    /**
     * Signs a customer up at the counter: a PENDING member here and a {@code member.signup}
     * event for the cloud, in one transaction. The id is made here, so points earned before
     * the cloud has answered already belong to the right member.
     */
    public Member signUpAtCounter(String phone, String name) {
        String normalized = PhoneNumbers.normalize(phone).orElseThrow(() -> new SuanpanException("member.badPhone", phone));
        String cleanName = name == null || name.isBlank() ? null : name.strip();
        return store.inTransaction(tx -> {
            if (tx.fetchExists(MEMBER, MEMBER.PHONE.eq(normalized))) {
                throw new SuanpanException("member.phoneTaken", PhoneNumbers.mask(normalized));
            }
            UUID id = Ids.uuidV7(clock);
            Instant at = now();
            tx.insertInto(MEMBER)
                    .set(MEMBER.ID, id)
                    .set(MEMBER.PHONE, normalized)
                    .set(MEMBER.NAME, cleanName)
                    .set(MEMBER.POINTS, 0L)
                    .set(MEMBER.BALANCE_FEN, 0L)
                    .set(MEMBER.STATUS, MemberStatus.PENDING.name())
                    .set(MEMBER.UPDATED_AT, at)
                    .execute();
            Outbox.append(tx, Ids.uuidV7(clock), EVENT_SIGNUP, JsonWriter.object()
                    .put("memberId", id)
                    .put("phone", normalized)
                    .put("name", cleanName)
                    .put("at", at)
                    .toString(), at);
            return new Member(id, normalized, cleanName, null, 0, Money.ZERO, null, MemberStatus.PENDING, at);
        });
    }

    /**
     * Records points earned (positive) or given back (negative) by a sale, inside the
     * sale's transaction: a {@code member.points} event with the delta, and the local
     * last-known points moved by it. Returns the new last-known points.
     */
    public long recordPointsDelta(DSLContext tx, UUID memberId, UUID saleId, long points) {
        Instant at = now();
        int updated = tx.update(MEMBER)
                .set(MEMBER.POINTS, MEMBER.POINTS.plus(points))
                .where(MEMBER.ID.eq(memberId))
                .execute();
        if (updated == 0) {
            throw new IllegalArgumentException("no member " + memberId);
        }
        Outbox.append(tx, Ids.uuidV7(clock), EVENT_POINTS, JsonWriter.object()
                .put("memberId", memberId)
                .put("saleId", saleId)
                .put("delta", points)
                .put("at", at)
                .toString(), at);
        return tx.select(MEMBER.POINTS).from(MEMBER).where(MEMBER.ID.eq(memberId)).fetchSingle(MEMBER.POINTS);
    }

    /**
     * Stores a member as the cloud sent it, inside the sync client's transaction (with its
     * cursor). The cloud's copy wins: it replaces the local one, a pending sign-up included.
     * Another local row holding the same phone or member code is stale (the cloud merged a
     * sign-up into an existing member, or a number changed hands) and is dropped; the cloud
     * sends that member again if it still exists.
     */
    public void applySyncedMember(DSLContext tx, Member member) {
        var sameKey = MEMBER.PHONE.eq(member.phone());
        if (member.memberCode() != null) {
            sameKey = sameKey.or(MEMBER.MEMBER_CODE.eq(member.memberCode()));
        }
        tx.deleteFrom(MEMBER).where(MEMBER.ID.ne(member.id())).and(sameKey).execute();
        MemberRecord row = tx.newRecord(MEMBER);
        row.setPhone(member.phone());
        row.setName(member.name());
        row.setLevel(member.level());
        row.setPoints(member.points());
        row.setBalanceFen(member.balance().fen());
        row.setMemberCode(member.memberCode());
        row.setStatus(member.status().name());
        row.setUpdatedAt(member.updatedAt());
        // every field, nulls included: a name the cloud cleared is cleared here too
        row.changed(true);
        row.changed(MEMBER.ID, false);
        if (tx.update(MEMBER).set(row).where(MEMBER.ID.eq(member.id())).execute() == 0) {
            row.setId(member.id());
            tx.insertInto(MEMBER).set(row).execute();
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static Member toMember(MemberRecord r) {
        return new Member(r.getId(), r.getPhone(), r.getName(), r.getLevel(), r.getPoints(), Money.ofFen(r.getBalanceFen()),
                r.getMemberCode(), MemberStatus.valueOf(r.getStatus()), r.getUpdatedAt());
    }
}
