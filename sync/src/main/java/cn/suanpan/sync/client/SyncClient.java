package cn.suanpan.sync.client;

import cn.suanpan.core.catalog.CatalogSignal;
import cn.suanpan.core.members.MemberDirectory;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.promotions.PromotionSignal;
import cn.suanpan.core.sale.TerminalNumber;
import cn.suanpan.core.secrets.SecretSeal;
import cn.suanpan.core.outbox.Outbox.PendingEvent;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.sync.SyncState;
import cn.suanpan.core.sync.SyncState.Cursor;
import cn.suanpan.core.sync.SyncState.Enrolment;
import cn.suanpan.sync.protocol.EnrolRequest;
import cn.suanpan.sync.protocol.EnrolResponse;
import cn.suanpan.sync.protocol.EventResult;
import cn.suanpan.sync.protocol.EventStatus;
import cn.suanpan.sync.protocol.JsonCodec;
import cn.suanpan.sync.protocol.OnlineOrder;
import cn.suanpan.sync.protocol.OrdersPage;
import cn.suanpan.sync.protocol.OrdersRequest;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.ProtocolException;
import cn.suanpan.sync.protocol.PullPage;
import cn.suanpan.sync.protocol.PullRequest;
import cn.suanpan.sync.protocol.PushRequest;
import cn.suanpan.sync.protocol.PushResponse;
import cn.suanpan.sync.protocol.PushedEvent;
import cn.suanpan.sync.protocol.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The terminal's side of sync. Pushes the outbox in sequence order, in batches, and
 * deletes only what the cloud acknowledged in a genuine answer; pulls the cloud's streams
 * page by page, each page applied in one local transaction with its cursor. Failures are
 * retried with exponential backoff and jitter; a failed or damaged exchange changes
 * nothing locally but the outbox's attempt count.
 */
public final class SyncClient {

    private static final Logger log = LoggerFactory.getLogger(SyncClient.class);

    /** Where a long-running pull has got to, for a progress bar. */
    @FunctionalInterface
    public interface Progress {
        void update(Stream stream, long applied, long remaining);

        Progress NONE = (stream, applied, remaining) -> { };
    }

    public record PushResult(int sent, long acknowledgedSeq, int deleted, int parked, int duplicates) {
        static final PushResult NOTHING = new PushResult(0, 0, 0, 0, 0);
    }

    public record PushSummary(int batches, int sent, int deleted, int parked, int duplicates, int retries, boolean stalled) {
    }

    public record PullSummary(Stream stream, int pages, long changes, long cursor, int retries) {
    }

    private final LocalStore store;
    private final Clock clock;
    private final CloudLink link;
    private final JsonCodec codec;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final PageApplier applier;
    private final SecretSeal seal;
    // the protocol's largest batch and page: each costs a round trip and a transaction on
    // both sides, whatever its size
    private int batchSize = Protocol.MAX_PUSH_EVENTS;
    private int pageSize = Protocol.MAX_PULL_LIMIT;
    private int maxAttempts = 8;

    private volatile Instant lastContact;
    private volatile boolean online;
    private volatile String lastError;

    public SyncClient(LocalStore store, OkHttpClient http, Clock clock, Backoff backoff, Sleeper sleeper) {
        this.store = store;
        this.clock = clock;
        this.codec = new JsonCodec();
        this.link = new CloudLink(http, codec, clock);
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.applier = new PageApplier(clock, new MemberDirectory(store, clock));
        this.seal = SecretSeal.keyFile(keyFile(store), "terminal-secret");
        store.inTransaction(tx -> SyncState.sealClearSecret(tx, seal));
    }

    /**
     * Where the key that seals the terminal's secret lives: {@code keys/sync.key} in the
     * data directory, beside the database folder rather than in it, so a copy of the
     * database alone does not carry the key.
     */
    public static java.nio.file.Path keyFile(LocalStore store) {
        java.nio.file.Path dbDir = store.file().toAbsolutePath().getParent();
        return dbDir.resolveSibling("keys").resolve("sync.key");
    }

    /** A client with okhttp's defaults and real waits. */
    public static SyncClient standard(LocalStore store, Clock clock) {
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(10))
                // a long poll for orders waits up to 25 s for the cloud's first byte
                .readTimeout(Duration.ofSeconds(60))
                .callTimeout(Duration.ofSeconds(120))
                .build();
        return new SyncClient(store, http, clock, Backoff.standard(), Sleeper.REAL);
    }

    public SyncClient batchSize(int events) {
        if (events < 1 || events > Protocol.MAX_PUSH_EVENTS) {
            throw new IllegalArgumentException("batch size must be 1.." + Protocol.MAX_PUSH_EVENTS);
        }
        this.batchSize = events;
        return this;
    }

    public SyncClient pageSize(int changes) {
        if (changes < 1 || changes > Protocol.MAX_PULL_LIMIT) {
            throw new IllegalArgumentException("page size must be 1.." + Protocol.MAX_PULL_LIMIT);
        }
        this.pageSize = changes;
        return this;
    }

    /** How many times a call is tried before the failure is reported (1: no retry). */
    public SyncClient maxAttempts(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt");
        }
        this.maxAttempts = attempts;
        return this;
    }

    /**
     * Enrols this terminal with the code from the shop's admin and keeps the credentials.
     * The cloud starts counting this terminal's events after the last one it no longer holds.
     * The terminal number the cloud hands out becomes the terminal's code in its receipt
     * numbers, in the same transaction ({@link TerminalNumber#adopt}), unless receipts were
     * already numbered with the old code.
     */
    public Enrolment enrol(String cloudUrl, String code, String terminalName) {
        long acknowledged = Outbox.acknowledgedThrough(store.dsl());
        EnrolResponse r = contact(() -> link.enrol(cloudUrl,
                new EnrolRequest(Protocol.VERSION, code, terminalName, acknowledged)));
        Enrolment e = new Enrolment(cloudUrl, r.terminalId(), r.shopId(), r.shopName(), r.secret(), clock.instant());
        store.inTransactionRun(tx -> {
            SyncState.saveEnrolment(tx, e, seal);
            if (r.terminalNo() != null && !TerminalNumber.adopt(tx, r.terminalNo())) {
                log.warn("Terminal keeps its receipt code: the cloud numbered it {}, but it has numbered receipts already "
                        + "or the code is taken here", TerminalNumber.code(r.terminalNo()));
            }
        });
        return e;
    }

    public java.util.Optional<Enrolment> enrolment() {
        return SyncState.enrolment(store.dsl(), seal);
    }

    /** Sends the oldest batch once, without retrying; deletes what the cloud acknowledged. */
    public PushResult pushOnce() {
        Enrolment terminal = requireEnrolment();
        List<PendingEvent> batch = Outbox.peekBatch(store.dsl(), batchSize);
        if (batch.isEmpty()) {
            return PushResult.NOTHING;
        }
        long first = batch.getFirst().seq();
        long last = batch.getLast().seq();
        List<PushedEvent> events = batch.stream()
                .map(e -> new PushedEvent(e.seq(), e.eventId(), e.type(), e.createdAt(), payload(e.payload())))
                .toList();
        PushResponse answer;
        try {
            answer = contact(() -> link.call(terminal, Protocol.PUSH, new PushRequest(Protocol.VERSION, events), PushResponse.class));
            check(answer, batch);
        } catch (SyncFailure f) {
            store.inTransaction(tx -> Outbox.recordFailure(tx, first, last, f.getMessage()));
            throw f;
        }
        long upTo = Math.min(answer.acknowledgedSeq(), last);
        int deleted = upTo >= first ? store.inTransaction(tx -> Outbox.acknowledge(tx, upTo)) : 0;
        int parked = (int) answer.results().stream().filter(r -> r.status() == EventStatus.PARKED && !r.duplicate()).count();
        int duplicates = (int) answer.results().stream().filter(EventResult::duplicate).count();
        return new PushResult(batch.size(), answer.acknowledgedSeq(), deleted, parked, duplicates);
    }

    /** Pushes until the outbox is empty, retrying failures with backoff; throws the last failure. */
    public PushSummary push() {
        int batches = 0;
        int sent = 0;
        int deleted = 0;
        int parked = 0;
        int duplicates = 0;
        int retries = 0;
        int attempt = 0;
        while (true) {
            try {
                PushResult r = pushOnce();
                attempt = 0;
                if (r.sent() == 0) {
                    return new PushSummary(batches, sent, deleted, parked, duplicates, retries, false);
                }
                batches++;
                sent += r.sent();
                deleted += r.deleted();
                parked += r.parked();
                duplicates += r.duplicates();
                if (r.deleted() == 0) {
                    // the cloud holds a gap before this batch: sending it again will not help
                    return new PushSummary(batches, sent, deleted, parked, duplicates, retries, true);
                }
            } catch (SyncFailure f) {
                if (!f.retryable() || ++attempt >= maxAttempts) {
                    throw f;
                }
                retries++;
                pause(attempt);
            }
        }
    }

    /** Pulls one page of a stream and applies it with its cursor in one transaction. */
    public PullPage pullOnce(Stream stream) {
        return pullPage(stream, true);
    }

    /** One page, its {@code remaining} counted by the cloud only when {@code countRemaining}. */
    private PullPage pullPage(Stream stream, boolean countRemaining) {
        Enrolment terminal = requireEnrolment();
        Cursor from = SyncState.cursor(store.dsl(), stream.wire());
        Fetched fetched = fetch(terminal, stream, from.position(), countRemaining);
        applyFetched(stream, from, fetched);
        return fetched.page();
    }

    /** A page as the cloud sent it, made ready to apply, and whether its {@code remaining} was counted. */
    private record Fetched(PageApplier.Prepared prepared, boolean counted) {

        PullPage page() {
            return prepared.page();
        }
    }

    /** Asks for the page after {@code position}, checks it and makes it ready to apply; writes nothing. */
    private Fetched fetch(Enrolment terminal, Stream stream, long position, boolean countRemaining) {
        PullPage page = contact(() -> link.call(terminal, Protocol.PULL,
                new PullRequest(Protocol.VERSION, stream, position, pageSize, countRemaining), PullPage.class));
        if (page.stream() != stream) {
            throw SyncFailure.corrupt("asked for " + stream.wire() + ", got " + page.stream().wire(), null);
        }
        return new Fetched(applier.prepare(page), countRemaining);
    }

    /**
     * Applies a page read from {@code from} with its cursor, in one transaction, if the
     * stream's cursor is still there; returns the cursor saved, or empty when another pull of
     * this stream got there first (its page stands).
     */
    private java.util.Optional<Cursor> applyFetched(Stream stream, Cursor from, Fetched fetched) {
        PullPage page = fetched.page();
        java.util.Optional<Cursor> saved = store.inTransaction(tx -> {
            Cursor now = SyncState.cursor(tx, stream.wire());
            if (!now.equals(from)) {
                return java.util.Optional.<Cursor>empty();
            }
            return java.util.Optional.of(applier.apply(tx, from, fetched.prepared()));
        });
        // the last page of a snapshot may change nothing itself and still retire products or promotions
        boolean changed = saved.isPresent() && (!page.changes().isEmpty() || page.snapshot() || from.inSnapshot());
        if (changed && stream == Stream.CATALOG) {
            CatalogSignal.of(store).changed();
        }
        // the next cart priced runs the pulled promotions (LivePromotions reads them again)
        if (changed && stream == Stream.PROMOTIONS) {
            PromotionSignal.of(store).changed();
        }
        return saved;
    }

    /**
     * Pulls a stream to its head, page after page, with retries. The cloud counts the
     * changes still to come for the first page only (counting reads all of them); after that
     * the count goes down by each page's changes, and is asked for again should it run out
     * while the cloud still has more (changes made during the pull).
     *
     * <p>While a page is written in its transaction, the next one is already asked for and
     * read on another thread: the cloud, the network and the JSON then cost the pull no time
     * of its own when a second core is free. Pages are still applied one after the other,
     * each with its cursor, and the page read ahead is asked for from the cursor the page
     * before it will leave; it is applied only if that page was. A failure, of either, leaves
     * the store at the last page applied, and the page read ahead is dropped.
     */
    public PullSummary pull(Stream stream, Progress progress) {
        Enrolment terminal = requireEnrolment();
        int pages = 0;
        long changes = 0;
        int retries = 0;
        int attempt = 0;
        long remaining = 0;
        Future<Fetched> ahead = null;
        // where the page read ahead starts: the cursor the page before it saved
        Cursor aheadFrom = null;
        try (ExecutorService reader = Executors.newVirtualThreadPerTaskExecutor()) {
            try {
                while (true) {
                    try {
                        Cursor from;
                        Fetched fetched;
                        if (ahead != null) {
                            from = aheadFrom;
                            fetched = await(ahead);
                            ahead = null;
                        } else {
                            from = SyncState.cursor(store.dsl(), stream.wire());
                            fetched = fetch(terminal, stream, from.position(), remaining == 0);
                        }
                        PullPage page = fetched.page();
                        long left = !page.hasMore() ? 0
                                : fetched.counted() ? page.remaining() : Math.max(0, remaining - page.changes().size());
                        if (page.hasMore()) {
                            long next = page.nextCursor();
                            boolean count = left == 0;
                            ahead = reader.submit(() -> fetch(terminal, stream, next, count));
                        }
                        java.util.Optional<Cursor> saved = applyFetched(stream, from, fetched);
                        if (saved.isPresent()) {
                            aheadFrom = saved.get();
                        } else if (ahead != null) {
                            // another pull moved the cursor: the page read ahead may not follow it
                            ahead.cancel(true);
                            ahead = null;
                        }
                        attempt = 0;
                        pages++;
                        changes += page.changes().size();
                        remaining = left;
                        progress.update(stream, changes, remaining);
                        if (!page.hasMore()) {
                            return new PullSummary(stream, pages, changes, page.nextCursor(), retries);
                        }
                    } catch (SyncFailure f) {
                        if (ahead != null) {
                            ahead.cancel(true);
                            ahead = null;
                        }
                        if (!f.retryable() || ++attempt >= maxAttempts) {
                            throw f;
                        }
                        retries++;
                        pause(attempt);
                    }
                }
            } finally {
                if (ahead != null) {
                    ahead.cancel(true);
                }
            }
        }
    }

    /** The page read ahead, or what failed while reading it. */
    private static Fetched await(Future<Fetched> ahead) {
        try {
            return ahead.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncFailure.offline("interrupted while reading the next page", e);
        }
    }

    /** The cursor of the online-order stream in the terminal's store. */
    public static final String ORDERS_STREAM = "orders";

    /**
     * Waits up to {@code wait} (at most {@link OrdersRequest#MAX_WAIT_SECONDS}) for online
     * orders that changed since the last call, hands them to {@code handler} (alert the
     * cashier, print the ticket) and only then moves the cursor: an order is shown at least
     * once, even when the terminal dies while showing it. Returns the orders handled.
     */
    public List<OnlineOrder> pollOrders(Duration wait, Consumer<List<OnlineOrder>> handler) {
        Enrolment terminal = requireEnrolment();
        Cursor from = SyncState.cursor(store.dsl(), ORDERS_STREAM);
        int seconds = (int) Math.min(Math.max(wait.toSeconds(), 0), OrdersRequest.MAX_WAIT_SECONDS);
        OrdersPage page = contact(() -> link.call(terminal, Protocol.ORDERS,
                new OrdersRequest(Protocol.VERSION, from.position(), seconds), OrdersPage.class));
        if (!page.orders().isEmpty()) {
            handler.accept(page.orders());
        }
        if (page.nextCursor() != from.position()) {
            store.inTransactionRun(tx -> SyncState.saveCursor(tx, new Cursor(ORDERS_STREAM, page.nextCursor(), false), clock.instant()));
        }
        return page.orders();
    }

    /**
     * Records that the counter moved an online order on (accepted, ready, picked_up,
     * cancelled): an {@code order.status} event in the outbox, pushed like any other.
     */
    public void recordOrderStatus(UUID orderId, String status) {
        store.inTransactionRun(tx -> {
            java.time.Instant at = clock.instant();
            Outbox.append(tx, cn.suanpan.core.id.Ids.uuidV7(clock), "order.status", cn.suanpan.core.outbox.JsonWriter.object()
                    .put("orderId", orderId).put("status", status).put("at", at).toString(), at);
        });
    }

    /** Checks that the enrolled cloud answers, which also updates {@link #status()}. */
    public void ping() {
        Enrolment terminal = requireEnrolment();
        contact(() -> {
            link.ping(terminal.cloudUrl());
            return null;
        });
    }

    public Cursor cursor(Stream stream) {
        return SyncState.cursor(store.dsl(), stream.wire());
    }

    public SyncStatus status() {
        boolean enrolled = SyncState.enrolled(store.dsl());
        int pending = Outbox.pending(store.dsl());
        Duration age = Outbox.oldestPendingAt(store.dsl())
                .map(at -> Duration.between(at, clock.instant()))
                .filter(d -> !d.isNegative())
                .orElse(Duration.ZERO);
        return new SyncStatus(enrolled, online, pending, age, lastContact, lastError);
    }

    private Enrolment requireEnrolment() {
        return SyncState.enrolment(store.dsl(), seal).orElseThrow(() -> new SyncFailure(SyncFailure.Kind.NOT_ENROLLED, null,
                "this terminal is not enrolled with a cloud yet", null));
    }

    /** Runs a call, noting whether the cloud answered (a refusal is an answer too). */
    private <T> T contact(java.util.function.Supplier<T> call) {
        try {
            T result = call.get();
            online = true;
            lastContact = clock.instant();
            lastError = null;
            return result;
        } catch (SyncFailure f) {
            online = f.kind() == SyncFailure.Kind.REFUSED;
            if (online) {
                lastContact = clock.instant();
            }
            lastError = f.getMessage();
            throw f;
        }
    }

    /** The answer must speak of exactly the events sent, and acknowledge nothing it was not sent. */
    private static void check(PushResponse answer, List<PendingEvent> batch) {
        Set<UUID> sent = new HashSet<>();
        batch.forEach(e -> sent.add(e.eventId()));
        Set<UUID> answered = new HashSet<>();
        for (EventResult r : answer.results()) {
            if (!sent.contains(r.eventId()) || !answered.add(r.eventId())) {
                throw SyncFailure.corrupt("the push answer speaks of an event not sent, or twice", null);
            }
        }
        if (answered.size() != sent.size()) {
            throw SyncFailure.corrupt("the push answer leaves events unanswered", null);
        }
    }

    /** The payload as JSON; one that does not parse goes as text, for the cloud to park. */
    private JsonNode payload(String json) {
        try {
            JsonNode node = codec.readTree(json);
            if (node.isObject()) {
                return node;
            }
        } catch (ProtocolException e) {
            // fall through
        }
        return JsonNodeFactory.instance.objectNode().put("unreadable", json);
    }

    private void pause(int attempt) {
        try {
            sleeper.sleep(backoff.delay(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncFailure.offline("interrupted while waiting to retry", e);
        }
    }
}
