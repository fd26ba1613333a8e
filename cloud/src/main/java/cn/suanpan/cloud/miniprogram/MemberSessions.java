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

    /** A new session of the WeChat user; their sessions that have expired are cleared away. */
    public Issued issue(UUID shopId, String openId) {
        Instant now = clock.instant();
        Instant expires = now.plus(LIFETIME).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        UUID id = Ids.uuidV7(clock);
        store.inTransactionRun(tx -> {
            tx.deleteFrom(MEMBER_SESSION).where(MEMBER_SESSION.SHOP_ID.eq(shopId)).and(MEMBER_SESSION.OPEN_ID.eq(openId))
                    .and(MEMBER_SESSION.EXPIRES_AT.le(now)).execute();
            tx.insertInto(MEMBER_SESSION).set(MEMBER_SESSION.ID, id).set(MEMBER_SESSION.SHOP_ID, shopId)
                    .set(MEMBER_SESSION.OPEN_ID, openId).set(MEMBER_SESSION.ISSUED_AT, now).set(MEMBER_SESSION.EXPIRES_AT, expires)
                    .execute();
        });
        String body = VERSION + "." + B64.encodeToString((id + "|" + shopId + "|" + openId + "|" + expires.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        return new Issued(body + "." + B64.encodeToString(mac(body)), expires);
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
