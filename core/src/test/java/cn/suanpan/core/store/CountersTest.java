package cn.suanpan.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountersTest {

    @TempDir
    Path tmp;

    private LocalStore store;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Takes the next number of {@code name} in a transaction of its own, which commits. */
    private long next(String name) {
        return store.inTransaction(tx -> Counters.next(tx, name));
    }

    @Test
    void startsAtOneAndCountsUpPerName() {
        assertThat(next("receipt")).isEqualTo(1);
        assertThat(next("receipt")).isEqualTo(2);
        assertThat(next("other")).isEqualTo(1);
        assertThat(Counters.peek(store.dsl(), "receipt")).isEqualTo(3);
        assertThat(Counters.peek(store.dsl(), "never-used")).isEqualTo(1);
    }

    @Test
    void aRolledBackNumberIsHandedOutAgain() {
        assertThat(next("receipt")).isEqualTo(1);

        long[] taken = new long[1];
        assertThatThrownBy(() -> store.inTransactionRun(tx -> {
            taken[0] = Counters.next(tx, "receipt");
            throw new IllegalStateException("sale failed after taking its number");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(taken[0]).isEqualTo(2);

        assertThat(next("receipt")).isEqualTo(2);
    }

    @Test
    void theVeryFirstNumberIsAlsoGaplessWhenRolledBack() {
        assertThatThrownBy(() -> store.inTransactionRun(tx -> {
            Counters.next(tx, "receipt");
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Counters.peek(store.dsl(), "receipt")).isEqualTo(1);
        assertThat(next("receipt")).isEqualTo(1);
    }

    @Test
    void aBlockOfNumbersIsTakenAtOnceAndCountingGoesOnAfterIt() {
        long first = store.inTransaction(tx -> Counters.next(tx, "outbox", 3));
        assertThat(first).isEqualTo(1);
        assertThat(next("outbox")).isEqualTo(4);
        long next = store.inTransaction(tx -> Counters.next(tx, "outbox", 2));
        assertThat(next).isEqualTo(5);
        assertThat(Counters.peek(store.dsl(), "outbox")).isEqualTo(7);
        assertThatThrownBy(() -> store.inTransaction(tx -> Counters.next(tx, "outbox", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
