package cn.suanpan.cloud.testing;

import cn.suanpan.core.catalog.CatalogRepository;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.outbox.JsonWriter;
import cn.suanpan.core.outbox.Outbox;
import cn.suanpan.core.stock.MovementKind;
import cn.suanpan.core.stock.StockLedger;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.sync.client.Backoff;
import cn.suanpan.sync.client.SyncClient;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;

/**
 * A terminal's store in a folder and a sync client on it, with whatever okhttp
 * interceptors a test puts between it and the cloud. Retries do not really wait.
 */
public final class TestTerminal implements AutoCloseable {

    private final Path dir;
    private final Clock clock = Clock.systemUTC();
    private final List<Interceptor> interceptors;
    private final long seed;
    private LocalStore store;
    private SyncClient client;
    /** Backoff waits the client asked for, in order. */
    public final List<Duration> waits = new ArrayList<>();

    public TestTerminal(Path dir, long seed, Interceptor... interceptors) {
        this.dir = dir;
        this.seed = seed;
        this.interceptors = List.of(interceptors);
        open();
    }

    private void open() {
        store = LocalStore.open(dir);
        OkHttpClient.Builder http = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30));
        interceptors.forEach(http::addInterceptor);
        client = new SyncClient(store, http.build(), clock,
                new Backoff(Duration.ofMillis(100), Duration.ofSeconds(10), new Random(seed)), waits::add);
    }

    /** Closes the store and opens it again with a new client: a terminal restarted. */
    public void restart() {
        store.close();
        open();
    }

    public LocalStore store() {
        return store;
    }

    public SyncClient client() {
        return client;
    }

    public CatalogRepository catalog() {
        return new CatalogRepository(store);
    }

    public int pending() {
        return Outbox.pending(store.dsl());
    }

    /** What a sale writes for the cloud: its event and one stock movement, in one transaction. */
    public UUID sell(UUID productId, long quantityMilli, long totalFen) {
        UUID saleId = Ids.uuidV7(clock);
        StockLedger ledger = new StockLedger(store, clock);
        store.inTransactionRun(tx -> {
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            ledger.record(tx, productId, BigDecimal.valueOf(-quantityMilli, 3), MovementKind.SALE, saleId.toString().substring(0, 8), null);
            Outbox.append(tx, Ids.uuidV7(clock), "sale.completed", JsonWriter.object()
                    .put("id", saleId).put("receiptNo", "0001-01-" + saleId.toString().substring(0, 8))
                    .put("totalFen", totalFen).put("soldAt", at).toString(), at);
        });
        return saleId;
    }

    /** A bare event, as any part of the terminal would append it. */
    public long append(String type, String payload) {
        return store.inTransaction(tx -> Outbox.append(tx, Ids.uuidV7(clock), type, payload, clock.instant()));
    }

    @Override
    public void close() {
        store.close();
    }
}
