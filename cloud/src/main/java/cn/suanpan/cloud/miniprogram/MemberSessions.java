package cn.suanpan.cloud.miniprogram;

import static cn.suanpan.cloud.store.schema.Tables.CLOUD_KEY;

import cn.suanpan.cloud.store.CloudStore;
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
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jooq.exception.DataAccessException;

/**
 * Member sessions of the mini-program: a token that says which WeChat user of which shop
 * it is, until when, signed with HMAC-SHA256. Nothing is kept per session, so any node
 * checks a token made by another; the key lives in the database ({@code cloud_key}) and is
 * made by the first node that needs it. A token cannot be revoked before it expires
 * (two hours, like WeChat's own session); replacing the key ends every session at once.
 */
public final class MemberSessions {

    public static final Duration LIFETIME = Duration.ofHours(2);
    private static final String KEY_NAME = "member-session";
    private static final String VERSION = "s1";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    /** Who a session speaks for. */
    public record Session(UUID shopId, String openId, Instant expiresAt) {
    }

    /** A new session's token and when it ends. */
    public record Issued(String token, Instant expiresAt) {
    }

    private final Clock clock;
    private final byte[] key;

    public MemberSessions(CloudStore store, Clock clock) {
        this.clock = clock;
        this.key = B64D.decode(sharedKey(store, clock));
    }

    public Issued issue(UUID shopId, String openId) {
        Instant expires = clock.instant().plus(LIFETIME).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        String body = VERSION + "." + B64.encodeToString((shopId + "|" + openId + "|" + expires.getEpochSecond())
                .getBytes(StandardCharsets.UTF_8));
        return new Issued(body + "." + B64.encodeToString(mac(body)), expires);
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
        Session s = new Session(UUID.fromString(parts[0]), parts[1], Instant.ofEpochSecond(Long.parseLong(parts[2])));
        if (!clock.instant().isBefore(s.expiresAt())) {
            throw refused("the member session has expired: log in again");
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
