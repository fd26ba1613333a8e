package cn.suanpan.cloud.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.cloud.shop.ChangeNumbers;
import cn.suanpan.cloud.shop.Shops;
import cn.suanpan.cloud.testing.TestCloud;
import cn.suanpan.cloud.testing.TestTerminal;
import cn.suanpan.core.sync.SyncState.Cursor;
import cn.suanpan.sync.client.Backoff;
import cn.suanpan.sync.client.SyncClient;
import cn.suanpan.sync.client.SyncFailure;
import cn.suanpan.sync.protocol.Protocol;
import cn.suanpan.sync.protocol.Stream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull reads the next page while it writes the one before. Whatever goes wrong, the store
 * is left at the last page applied, with that page's cursor, and a page read ahead is
 * applied only right after the page it follows.
 */
class ReadAheadPullTest {

    /** 1 category and 35 products: pages of 10 make four pages. */
    private static final int PRODUCTS = 35;
    private static final int PAGE = 10;

    @TempDir
    Path tmp;

    private TestCloud cloud;
    private Shops.Shop shop;
    private final List<TestTerminal> terminals = new ArrayList<>();

    @BeforeEach
    void start() {
        cloud = TestCloud.embedded(tmp.resolve("cloud"), false);
        shop = cloud.newShop("RA", PRODUCTS);
    }

    @AfterEach
    void stop() {
        terminals.forEach(TestTerminal::close);
        cloud.close();
    }

    private TestTerminal terminal(String name, Interceptor... network) {
        TestTerminal t = new TestTerminal(tmp.resolve(name), 7, network);
        terminals.add(t);
        t.client().enrol(cloud.url(), cloud.enrolmentCode(shop.id()), name);
        t.client().pageSize(PAGE);
        return t;
    }

    /** A terminal that applied the first {@code pages} pages one call at a time: what the store must hold after them. */
    private TestTerminal reference(int pages) {
        TestTerminal t = terminal("reference");
        for (int i = 0; i < pages; i++) {
            t.client().pullOnce(Stream.CATALOG);
        }
        return t;
    }

    private static void assertSameCatalog(TestTerminal actual, TestTerminal expected) {
        assertThat(actual.client().cursor(Stream.CATALOG)).isEqualTo(expected.client().cursor(Stream.CATALOG));
        assertThat(actual.catalog().productCount()).isEqualTo(expected.catalog().productCount());
        for (int i = 1; i <= PRODUCTS; i++) {
            assertThat(actual.catalog().bySku("P" + i).isPresent()).as("P%d", i).isEqualTo(expected.catalog().bySku("P" + i).isPresent());
        }
    }

    @Test
    void aReadAheadPageLostOnTheWayLeavesTheStoreAtTheLastPageApplied() {
        TestTerminal t = terminal("lost", new FailingPull(3, false));
        t.client().maxAttempts(1);

        assertThatThrownBy(() -> t.client().pull(Stream.CATALOG, SyncClient.Progress.NONE)).isInstanceOf(SyncFailure.class);

        TestTerminal after2 = reference(2);
        assertSameCatalog(t, after2);
        assertThat(t.client().cursor(Stream.CATALOG).inSnapshot()).isTrue();
        assertThat(t.catalog().productCount()).isBetween(1, PRODUCTS - 1);
    }

    @Test
    void aDamagedReadAheadPageIsNeverApplied() {
        TestTerminal t = terminal("damaged", new FailingPull(2, true));
        t.client().maxAttempts(1);

        assertThatThrownBy(() -> t.client().pull(Stream.CATALOG, SyncClient.Progress.NONE)).isInstanceOf(SyncFailure.class);

        assertSameCatalog(t, reference(1));
    }

    @Test
    void aPullRetriesFromTheLastPageAppliedAndEndsAtTheHead() {
        FailingPull network = new FailingPull(3, false);
        TestTerminal t = terminal("retried", network);
        t.client().maxAttempts(3);

        SyncClient.PullSummary summary = t.client().pull(Stream.CATALOG, SyncClient.Progress.NONE);

        assertThat(summary.retries()).isEqualTo(1);
        assertThat(summary.changes()).isEqualTo(PRODUCTS + 1);
        assertThat(network.pulls.get()).isEqualTo(5);
        assertThat(t.catalog().productCount()).isEqualTo(PRODUCTS);
        Cursor cursor = t.client().cursor(Stream.CATALOG);
        assertThat(cursor.position()).isEqualTo(ChangeNumbers.head(cloud.store().dsl(), shop.id()));
        assertThat(cursor.inSnapshot()).isFalse();
    }

    @Test
    void aPageReadAheadIsDroppedWhenAnotherPullMovedTheCursor() {
        TestTerminal t = terminal("raced");
        // a second client on the same store, with larger pages, pulls between the first's pages
        SyncClient other = new SyncClient(t.store(), new OkHttpClient(), Clock.systemUTC(),
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), new Random(1)), d -> { }).pageSize(15);
        List<Long> cursors = new ArrayList<>();
        SyncClient.PullSummary summary = t.client().pull(Stream.CATALOG, (stream, applied, remaining) -> {
            cursors.add(t.client().cursor(Stream.CATALOG).position());
            if (cursors.size() == 1) {
                other.pullOnce(Stream.CATALOG);
                cursors.add(t.client().cursor(Stream.CATALOG).position());
            }
        });

        // the page of 10 read ahead from the first page's cursor would have moved it back
        assertThat(cursors).isSorted();
        assertThat(cursors.get(1)).isGreaterThan(cursors.get(0));
        assertThat(t.catalog().productCount()).isEqualTo(PRODUCTS);
        assertThat(summary.cursor()).isEqualTo(ChangeNumbers.head(cloud.store().dsl(), shop.id()));
        assertThat(t.client().cursor(Stream.CATALOG).inSnapshot()).isFalse();
    }

    /** Fails the n-th pull call, once: its request lost, or its answer damaged on the way. */
    private static final class FailingPull implements Interceptor {

        private final int failing;
        private final boolean damage;
        final AtomicInteger pulls = new AtomicInteger();

        FailingPull(int failing, boolean damage) {
            this.failing = failing;
            this.damage = damage;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            if (!chain.request().url().encodedPath().equals(Protocol.PULL) || pulls.incrementAndGet() != failing) {
                return chain.proceed(chain.request());
            }
            if (!damage) {
                throw new IOException("request lost (simulated)");
            }
            try (Response answer = chain.proceed(chain.request())) {
                byte[] body = answer.body().bytes();
                body[body.length / 2] ^= 0x01;
                return answer.newBuilder().body(ResponseBody.create(body, answer.body().contentType())).build();
            }
        }
    }
}
