package cn.suanpan.cloud.miniprogram;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_KEY;
import static cn.suanpan.cloud.store.schema.Tables.MEMBER_SESSION;

import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.core.id.Ids;
import cn.suanpan.sync.protocol.ErrorCode;
import cn.suanpan.sync.protocol.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * Member sessions of the mini-program: a token that says which session of which WeChat
 * user of which shop it is, until when, signed with HMAC-SHA256. The key lives in the
 * database ({@code cloud_key}) and is made by the first node that needs it, so any node
 * checks a token made by another. Each session also has a row ({@code member_session}):
 * a member who signs out, or whose sessions the shop revokes, has the row marked, and
 * every node refuses the token from the next call on, since the mark is read from the
 * shared database, never from one node's memory (ADR 26). Sessions last two hours, like
 * WeChat's own; replacing the key still ends every session at once.
 */
public final class MemberSessions {

    public static final Duration LIFETIME = Duration.ofHours(2);
    /** How long a session's row outlives its expiry before a login sweeps it away. */
    static final Duration KEPT_AFTER_EXPIRY = Duration.ofMinutes(5);
    /** The most rows of old sessions one login deletes. */
    static final int SWEEP_LIMIT = 100;
    private static final String KEY_NAME = "member-session";
    // s1 tokens (before sessions had rows) carry no session id and are refused: log in again
    private static final String VERSION = "s2";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** Who a session speaks for; {@code id} names the session itself (its row). */
    public record Session(UUID id, UUID shopId, String openId, Instant expiresAt) {
    }

    /** A new session's token and when it ends. */
    public record Issued(String token, Instant expiresAt) {
    }

    private final CloudStore store;
    private final Clock clock;
    private final byte[] key;

    public MemberSessions(CloudStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.key = B64D.decode(sharedKey(store, clock));
    }

    /**
     * A new session of the WeChat user. Each login also clears away the rows of sessions,
     * anyone's, that ended more than {@link #KEPT_AFTER_EXPIRY} ago (see {@link #sweepExpired}).
     */
    public Issued issue(UUID shopId, String openId) {
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID id = Ids.uuidV7(clock);
        store.dsl().insertInto(MEMBER_SESSION).set(MEMBER_SESSION.ID, id).set(MEMBER_SESSION.SHOP_ID, shopId)
                .set(MEMBER_SESSION.OPEN_ID, openId).set(MEMBER_SESSION.ISSUED_AT, now).set(MEMBER_SESSION.EXPIRES_AT, expires)
                .execute();
        sweepExpired(now);
        String body = VERSION + "." + B64.encodeToString((id + "|" + shopId + "|" + openId + "|" + expires.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        return new Issued(body + "." + B64.encodeToString(mac(body)), expires);
    }

    /**
     * Deletes the rows of at most {@link #SWEEP_LIMIT} sessions of any member of any shop
     * that expired more than {@link #KEPT_AFTER_EXPIRY} before {@code now}, oldest first;
     * answers how many went. A signed-out or revoked session expires within
     * {@link #LIFETIME} too, so this clears those as well. It runs on the login that adds a
     * row, on whichever node takes it, rather than on a timer: there is no node-local
     * schedule to elect or to race, and since each login takes away up to
     * {@code SWEEP_LIMIT} old rows for the one it adds, the table never holds much more than
     * the sessions of the last {@code LIFETIME}. Deleting a row early is harmless (its token
     * is past its expiry and refused anyway); the grace keeps a node whose clock runs a
     * little behind from calling a just-expired session "ended by the shop".
     */
    int sweepExpired(Instant now) {
        var old = MEMBER_SESSION.as("old");
        try {
            return store.dsl().deleteFrom(MEMBER_SESSION).where(MEMBER_SESSION.ID.in(
                    DSL.select(old.ID).from(old).where(old.EXPIRES_AT.le(now.minus(KEPT_AFTER_EXPIRY)))
                            .orderBy(old.EXPIRES_AT).limit(SWEEP_LIMIT)))
                    .execute();
        } catch (DataAccessException e) {
            // two nodes sweeping the same rows at once can deadlock on PostgreSQL; the login
            // itself is already stored, and the next login sweeps what this one left
            return 0;
        }
    }

    /** Ends this session on every node; false when it had already ended. */
    public boolean end(Session s) {
        return store.dsl().update(MEMBER_SESSION).set(MEMBER_SESSION.REVOKED_AT, clock.instant())
                .where(MEMBER_SESSION.ID.eq(s.id())).and(MEMBER_SESSION.REVOKED_AT.isNull()).execute() == 1;
    }

    /** Ends every live session of these WeChat users of the shop; answers how many were live. */
    public int endAll(UUID shopId, Collection<String> openIds) {
        if (openIds.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        return store.dsl().update(MEMBER_SESSION).set(MEMBER_SESSION.REVOKED_AT, now)
                .where(MEMBER_SESSION.SHOP_ID.eq(shopId)).and(MEMBER_SESSION.OPEN_ID.in(openIds))
                .and(MEMBER_SESSION.REVOKED_AT.isNull()).and(MEMBER_SESSION.EXPIRES_AT.gt(now)).execute();
    }

    /** The session behind a token, or a {@code bad_session} refusal saying why not. */
    public Session verify(String token) {
        if (token == null || token.isBlank()) {
            throw refused("no member session: log in first (Authorization: Bearer <session>)");
        }
        int dot = token.lastIndexOf('.');
        if (!token.startsWith(VERSION + ".") || dot <= VERSION.length()) {
            throw refused("the member session is damaged: log in again");
        }
        String body = token.substring(0, dot);
        byte[] given;
        try {
            given = B64D.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw refused("the member session is damaged: log in again");
        }
        if (!MessageDigest.isEqual(mac(body), given)) {
            throw refused("the member session is not one of this shop's: log in again");
        }
        String[] parts = new String(B64D.decode(body.substring(VERSION.length() + 1)), StandardCharsets.UTF_8).split("\\|", -1);
        Session s = new Session(UUID.fromString(parts[0]), UUID.fromString(parts[1]), parts[2],
                Instant.ofEpochSecond(Long.parseLong(parts[3])));
        if (!clock.instant().isBefore(s.expiresAt())) {
            throw refused("the member session has expired: log in again");
        }
        // read on every call, not cached: a sign-out on one node must hold on all of them at once
        boolean live = store.dsl().fetchExists(MEMBER_SESSION, MEMBER_SESSION.ID.eq(s.id()).and(MEMBER_SESSION.REVOKED_AT.isNull()));
        if (!live) {
            throw refused("the member session has ended (signed out, or ended by the shop): log in again");
        }
        return s;
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProtocolException refused(String message) {
        return new ProtocolException(ErrorCode.BAD_SESSION, message);
    }

    /** The key all nodes share: read it, or make it when no node has yet (the first insert wins). */
    private static String sharedKey(CloudStore store, Clock clock) {
        String existing = store.dsl().select(CLOUD_KEY.SECRET).from(CLOUD_KEY).where(CLOUD_KEY.NAME.eq(KEY_NAME)).fetchOne(CLOUD_KEY.SECRET);
        if (existing != null) {
            return existing;
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        try {
            store.dsl().insertInto(CLOUD_KEY).set(CLOUD_KEY.NAME, KEY_NAME).set(CLOUD_KEY.SECRET, B64.encodeToString(fresh))
                    .set(CLOUD_KEY.CREATED_AT, clock.instant()).execute();
        } catch (DataAccessException e) {
            // another node made it first; theirs stands
        }
        return store.dsl().select(CLOUD_KEY.SECRET).from(CLOUD_KEY).where(CLOUD_KEY.NAME.eq(KEY_NAME)).fetchSingle(CLOUD_KEY.SECRET);
    }
}
