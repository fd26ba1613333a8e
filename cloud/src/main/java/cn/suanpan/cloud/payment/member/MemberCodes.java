package cn.suanpan.cloud.payment.member;

import static cn.suanpan.cloud.store.schema.Tables.MEMBER;
import static cn.suanpan.cloud.store.schema.Tables.MEMBER_PAY_KEY;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.cloud.store.schema.tables.records.MemberPayKeyRecord;
import cn.suanpan.core.payment.PaymentRouting;
import cn.suanpan.core.payment.RoutingRule;
import cn.suanpan.core.payment.Wallet;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The member codes the mini-program shows. A code is the member-code prefix of the routing
 * table, the member's slot number, and an 8-digit one-time password (RFC 6238) of the
 * member's key for the current 30-second step: it needs no lookup table to issue, reveals
 * nothing of the member's phone, and is valid for the current step and the one before (up
 * to a minute). It pays once ({@code member_code_use}).
 */
public final class MemberCodes {

    public static final int OTP_DIGITS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CloudStore store;
    private final Clock clock;
    private final String prefix;
    private final int slotDigits;

    public MemberCodes(CloudStore store, Clock clock, PaymentRouting routing) {
        this.store = store;
        this.clock = clock;
        RoutingRule rule = routing.ruleOf(Wallet.MEMBER).orElseThrow(() -> new IllegalStateException("no member-code rule"));
        this.prefix = rule.prefixes().getFirst();
        this.slotDigits = rule.minLength() - prefix.length() - OTP_DIGITS;
        if (slotDigits < 6) {
            throw new IllegalStateException("the member-code rule leaves " + slotDigits + " digits for the member; at least 6 are needed");
        }
    }

    /** A code issued now, and until when it is valid. */
    public record Issued(String code, Instant validUntil) {
    }

    /** Issues a code for a member, making the member's key on first use. */
    public Issued issue(UUID memberId) {
        MemberPayKeyRecord key = store.inTransaction(tx -> keyOf(tx, memberId));
        long now = clock.instant().getEpochSecond();
        long step = Totp.step(now);
        String code = prefix + key.getSlot() + Totp.ofStep(HexFormat.of().parseHex(key.getSecretHex()), step, OTP_DIGITS);
        return new Issued(code, Instant.ofEpochSecond((step + 2) * Totp.STEP_SECONDS));
    }

    private MemberPayKeyRecord keyOf(DSLContext tx, UUID memberId) {
        if (!tx.fetchExists(MEMBER, MEMBER.ID.eq(memberId))) {
            throw new IllegalArgumentException("no member " + memberId);
        }
        MemberPayKeyRecord key = tx.selectFrom(MEMBER_PAY_KEY).where(MEMBER_PAY_KEY.MEMBER_ID.eq(memberId)).fetchOne();
        if (key != null) {
            return key;
        }
        String slot;
        do {
            long bound = (long) Math.pow(10, slotDigits);
            slot = String.format("%0" + slotDigits + "d", Math.floorMod(RANDOM.nextLong(), bound));
        } while (tx.fetchExists(MEMBER_PAY_KEY, MEMBER_PAY_KEY.SLOT.eq(slot)));
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        tx.insertInto(MEMBER_PAY_KEY).set(MEMBER_PAY_KEY.MEMBER_ID, memberId).set(MEMBER_PAY_KEY.SLOT, slot)
                .set(MEMBER_PAY_KEY.SECRET_HEX, HexFormat.of().formatHex(secret))
                .set(MEMBER_PAY_KEY.CREATED_AT, clock.instant().truncatedTo(ChronoUnit.MILLIS)).execute();
        return tx.selectFrom(MEMBER_PAY_KEY).where(MEMBER_PAY_KEY.MEMBER_ID.eq(memberId)).fetchSingle();
    }

    /** The member a code belongs to, if it is well formed and valid now (this step or the one before). */
    public Optional<UUID> verify(DSLContext tx, String code) {
        MemberPayKeyRecord key = keyOfSlot(tx, code).orElse(null);
        if (key == null) {
            return Optional.empty();
        }
        String otp = code.substring(prefix.length() + slotDigits);
        byte[] secret = HexFormat.of().parseHex(key.getSecretHex());
        long step = Totp.step(clock.instant().getEpochSecond());
        for (long s = step; s >= step - 1; s--) {
            if (java.security.MessageDigest.isEqual(Totp.ofStep(secret, s, OTP_DIGITS).getBytes(), otp.getBytes())) {
                return Optional.of(key.getMemberId());
            }
        }
        return Optional.empty();
    }

    /**
     * The member whose slot a well-formed code names, whether or not its password is valid
     * now: the member whose balance a charge of this code could touch.
     */
    public Optional<UUID> slotOwner(DSLContext tx, String code) {
        return keyOfSlot(tx, code).map(MemberPayKeyRecord::getMemberId);
    }

    private Optional<MemberPayKeyRecord> keyOfSlot(DSLContext tx, String code) {
        if (code == null || code.length() != prefix.length() + slotDigits + OTP_DIGITS || !code.startsWith(prefix)
                || !code.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        String slot = code.substring(prefix.length(), prefix.length() + slotDigits);
        return tx.selectFrom(MEMBER_PAY_KEY).where(MEMBER_PAY_KEY.SLOT.eq(slot)).fetchOptional();
    }
}
