package cn.suanpan.cloud.payment;

import static cn.suanpan.cloud.store.schema.Tables.MEMBER;

import cn.suanpan.cloud.members.CloudMembers;
import cn.suanpan.cloud.store.CloudStore;
import cn.suanpan.sync.protocol.JsonCodec;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jooq.DSLContext;

/**
 * Members of the shop's own wallet for the payment chaos runs: each has stored value, and
 * gets member codes from the cloud's admin API ({@code MemberCodes.issue}, as the
 * mini-program would show them), over its own network (the customer's phone, not the
 * till's). The test keeps which code went to whom, so the books can say by how much each
 * member's stored value must have changed.
 *
 * <p>A member's code is the same for a whole 30-second step and pays once, so a member
 * shows at most one code per step; with every member busy, the customer pays otherwise.
 */
final class MemberWallets {

    /** One member and the stored value it started with. */
    record Member(UUID id, String phone, long initialFen) {
    }

    /** A code issued to a member. */
    record Issued(String code, Member member) {
    }

    private final List<Member> members;
    private final String shopCode;
    private final String adminToken;
    private final Supplier<String> cloudUrl;
    private final Map<String, Member> byCode = new ConcurrentHashMap<>();
    private final Map<String, Member> byHash = new ConcurrentHashMap<>();
    private final long[] lastStep;
    private final Deque<Issued> recent = new ArrayDeque<>();
    private final OkHttpClient http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(2))
            .callTimeout(Duration.ofSeconds(10)).retryOnConnectionFailure(false).build();

    private MemberWallets(List<Member> members, String shopCode, String adminToken, Supplier<String> cloudUrl) {
        this.members = members;
        this.shopCode = shopCode;
        this.adminToken = adminToken;
        this.cloudUrl = cloudUrl;
        this.lastStep = new long[members.size()];
        java.util.Arrays.fill(lastStep, Long.MIN_VALUE);
    }

    /**
     * Signs up {@code count} members of the shop in the cloud's store, most with ample stored
     * value, one in eight with little (so some member payments fail for the balance).
     */
    static MemberWallets signUp(CloudStore store, UUID shopId, String shopCode, String adminToken, Supplier<String> cloudUrl,
                                int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            String phone = String.format("1390%07d", i);
            long balance = i % 8 == 7 ? 1_000 + random.nextInt(5_000) : 400_000 + random.nextInt(200_000);
            store.inTransactionRun(tx -> {
                CloudMembers.signUp(tx, shopId, id, phone, "会员" + phone.substring(7), Instant.now());
                tx.update(MEMBER).set(MEMBER.BALANCE_FEN, balance).where(MEMBER.ID.eq(id)).execute();
            });
            members.add(new Member(id, phone, balance));
        }
        return new MemberWallets(List.copyOf(members), shopCode, adminToken, cloudUrl);
    }

    List<Member> members() {
        return members;
    }

    /**
     * A fresh code of a member who has shown none in this step, asked of the cloud; empty
     * when the cloud cannot be reached or every member has shown a code in this step.
     */
    Optional<Issued> issue(SplittableRandom random) {
        for (int attempt = 0; attempt < 4; attempt++) {
            long step = System.currentTimeMillis() / 30_000;
            int index = reserve(random, step);
            if (index < 0) {
                return Optional.empty();
            }
            Member member = members.get(index);
            JsonNode answer = post("/api/admin/v1/shops/" + shopCode + "/members/" + member.phone() + "/pay-code");
            if (answer == null) {
                release(index, step);
                return Optional.empty();
            }
            String code = answer.get("code").textValue();
            synchronized (this) {
                // the code of the step the cloud issued it in: a second one in that step is the same code
                lastStep[index] = Math.max(lastStep[index], Instant.parse(answer.get("validUntil").textValue()).getEpochSecond() / 30 - 2);
                if (byCode.putIfAbsent(code, member) != null) {
                    continue;
                }
                byHash.put(hash(code), member);
                Issued issued = new Issued(code, member);
                recent.addLast(issued);
                if (recent.size() > 16) {
                    recent.removeFirst();
                }
                return Optional.of(issued);
            }
        }
        return Optional.empty();
    }

    /** A code shown recently (at another till, perhaps): a screenshot shown again. */
    synchronized Optional<Issued> replay(SplittableRandom random) {
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        List<Issued> all = new ArrayList<>(recent);
        return Optional.of(all.get(random.nextInt(all.size())));
    }

    private synchronized int reserve(SplittableRandom random, long step) {
        int start = random.nextInt(members.size());
        for (int i = 0; i < members.size(); i++) {
            int index = (start + i) % members.size();
            if (lastStep[index] < step) {
                lastStep[index] = step;
                return index;
            }
        }
        return -1;
    }

    /** No code was shown: the member may show one later in this step. */
    private synchronized void release(int index, long step) {
        if (lastStep[index] == step) {
            lastStep[index] = step - 1;
        }
    }

    private JsonNode post(String path) {
        Request request = new Request.Builder().url(cloudUrl.get() + path).post(RequestBody.create(new byte[0]))
                .header("Authorization", "Bearer " + adminToken).build();
        try (Response r = http.newCall(request).execute()) {
            if (r.code() != 201) {
                return null;
            }
            return new JsonCodec().readTree(r.body().bytes());
        } catch (IOException e) {
            return null; // the cloud is down: the customer's phone shows no code
        }
    }

    /** The member a code was issued to, by the hash the terminal keeps of it once the payment is final. */
    Optional<Member> ofCodeHash(String codeHash) {
        return Optional.ofNullable(byHash.get(codeHash));
    }

    int codesIssued() {
        return byCode.size();
    }

    /** Each member's stored value now, by member id. */
    Map<UUID, Long> balances(DSLContext cloudDb) {
        Map<UUID, Long> m = new HashMap<>();
        cloudDb.select(MEMBER.ID, MEMBER.BALANCE_FEN).from(MEMBER).where(MEMBER.ID.in(members.stream().map(Member::id).toList()))
                .forEach(r -> m.put(r.value1(), r.value2()));
        return m;
    }

    /** The hash of a code as the terminal's journal keeps it (SHA-256, hex). */
    static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
