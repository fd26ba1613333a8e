package cn.suanpan.sync.payment;

import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.secrets.SecretSeal;
import cn.suanpan.core.sync.SyncState;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.core.sync.SyncState.Enrolment;
import cn.suanpan.sync.client.CloudLink;
import cn.suanpan.sync.client.SyncFailure;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.PaymentCancel;
import cn.suanpan.sync.protocol.PaymentPoll;
import cn.suanpan.sync.protocol.PaymentRefund;
import cn.suanpan.sync.protocol.PaymentStart;
import cn.suanpan.sync.protocol.PaymentStatus;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.RefundStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import okhttp3.OkHttpClient;

/**
 * The terminal's four payment calls, signed like push and pull. Each is idempotent at the
 * cloud (keyed by the intent or refund id), so any of them may be sent again after a lost
 * answer. A failure is a {@link SyncFailure}; nothing here writes to the store.
 */
public final class PaymentClient {

    private final LocalStore store;
    private final CloudLink link;
    private final SecretSeal seal;

    public PaymentClient(LocalStore store, CloudLink link) {
        this.store = store;
        this.link = link;
        // the terminal's secret is sealed at rest with the same key the sync client uses
        this.seal = SecretSeal.keyFile(SyncClient.keyFile(store), "terminal-secret");
    }

    /** A client whose read timeout outlasts the cloud's longest long-poll. */
    public static PaymentClient standard(LocalStore store, Clock clock) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                // a silent retry would turn "the answer was lost" into "could not connect"; the
                // payment code retries itself, knowing every call may have arrived
                .retryOnConnectionFailure(false)
                .readTimeout(Duration.ofSeconds(PaymentPoll.MAX_WAIT_SECONDS + 15))
                .callTimeout(Duration.ofSeconds(PaymentPoll.MAX_WAIT_SECONDS + 30))
                .build();
        return new PaymentClient(store, new CloudLink(http, new JsonCodec(), clock));
    }

    public boolean enrolled() {
        return SyncState.enrolled(store.dsl());
    }

    public PaymentStatus start(PaymentStart start) {
        return link.call(terminal(), Protocol.PAYMENT_START, start, PaymentStatus.class);
    }

    public PaymentStatus poll(UUID intentId, int waitSeconds) {
        return link.call(terminal(), Protocol.PAYMENT_POLL, new PaymentPoll(Protocol.VERSION, intentId, waitSeconds), PaymentStatus.class);
    }

    public PaymentStatus cancel(UUID intentId) {
        return link.call(terminal(), Protocol.PAYMENT_CANCEL, new PaymentCancel(Protocol.VERSION, intentId), PaymentStatus.class);
    }

    public RefundStatus refund(PaymentRefund refund) {
        return link.call(terminal(), Protocol.PAYMENT_REFUND, refund, RefundStatus.class);
    }

    private Enrolment terminal() {
        return SyncState.enrolment(store.dsl(), seal).orElseThrow(() -> new SyncFailure(SyncFailure.Kind.NOT_ENROLLED, null,
                "this terminal is not enrolled with a cloud", null));
    }
}
