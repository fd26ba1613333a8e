package cn.suanpan.core.users;

import static cn.suanpan.core.store.schema.Tables.USERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserRepositoryTest {

    @TempDir
    Path tmp;

    private final MutableClock clock = new MutableClock(Instant.parse("2025-05-01T01:00:00Z"));
    private LocalStore store;
    private UserRepository users;
    private User cashier;

    @BeforeEach
    void open() {
        store = LocalStore.open(tmp);
        users = new UserRepository(store, new PinHasher(1024, 1), clock);
        cashier = users.create("wangfang", "王芳", Role.CASHIER, "1234");
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** What the cashier is told when {@code call} is refused; fails when it is not refused. */
    private static UserMessage refusal(ThrowingCallable call) {
        SuanpanException e = catchThrowableOfType(SuanpanException.class, call);
        assertThat(e).as("refused").isNotNull();
        return e.userMessage();
    }

    @Test
    void theRightPinLogsIn() {
        User user = users.login("wangfang", "1234");
        assertThat(user).isEqualTo(cashier);
        assertThat(user.role()).isEqualTo(Role.CASHIER);
        assertThat(users.activeUsers()).containsExactly(cashier);
    }

    @Test
    void theStoredHashIsNotThePin() {
        String hash = store.dsl().fetchValue(USERS.PIN_HASH, USERS.ID.eq(cashier.id()));
        assertThat(hash).startsWith("$argon2id$").doesNotContain("1234");
    }

    @Test
    void wrongPinsCountDownTheRemainingTries() {
        for (int remaining = 4; remaining >= 1; remaining--) {
            UserMessage m = refusal(() -> users.login("wangfang", "9999"));
            assertThat(m.key()).isEqualTo("login.wrongWithRemaining");
            assertThat(m.args()).containsExactly(remaining);
        }
        assertThat(refusal(() -> users.login("wangfang", "9999")).format(Locale.ENGLISH))
                .isEqualTo("Too many wrong PINs. Try again in 5 minutes or ask a supervisor.");
    }

    @Test
    void fiveWrongPinsLockTheAccountUntilTheLockoutHasPassed() {
        for (int i = 0; i < UserRepository.MAX_ATTEMPTS; i++) {
            assertThatThrownBy(() -> users.login("wangfang", "9999")).isInstanceOf(SuanpanException.class);
        }

        // even the right PIN is refused while locked, and the wait is rounded up to whole minutes
        UserMessage locked = refusal(() -> users.login("wangfang", "1234"));
        assertThat(locked.key()).isEqualTo("login.locked");
        assertThat(locked.args()).containsExactly(5L);

        clock.advance(Duration.ofMinutes(2));
        assertThat(refusal(() -> users.login("wangfang", "1234")).args()).containsExactly(3L);
        clock.advance(Duration.ofSeconds(150));
        assertThat(refusal(() -> users.login("wangfang", "1234")).args()).containsExactly(1L);

        clock.advance(Duration.ofSeconds(30));
        assertThat(users.login("wangfang", "1234")).isEqualTo(cashier);

        // a good login starts the count afresh
        UserMessage next = refusal(() -> users.login("wangfang", "9999"));
        assertThat(next.key()).isEqualTo("login.wrongWithRemaining");
        assertThat(next.args()).containsExactly(4);
    }

    @Test
    void aGoodLoginResetsTheWrongPinCount() {
        refusal(() -> users.login("wangfang", "9999"));
        refusal(() -> users.login("wangfang", "9999"));
        users.login("wangfang", "1234");
        assertThat(refusal(() -> users.login("wangfang", "9999")).args()).containsExactly(4);
    }

    @Test
    void anUnknownUserGetsTheSameRefusalAsAWrongPin() {
        UserMessage m = refusal(() -> users.login("nobody", "1234"));
        assertThat(m.key()).isEqualTo("login.wrong");
        assertThat(m.format(Locale.ENGLISH)).startsWith("Wrong user or PIN.");
    }

    @Test
    void wrongPinsOfOneUserDoNotLockAnother() {
        users.create("lijun", "李军", Role.SUPERVISOR, "5678");
        for (int i = 0; i < UserRepository.MAX_ATTEMPTS; i++) {
            refusal(() -> users.login("wangfang", "9999"));
        }
        assertThat(users.login("lijun", "5678").role()).isEqualTo(Role.SUPERVISOR);
    }

    @Test
    void aPinIsFourToTwelveDigits() {
        for (String bad : new String[] {"123", "1234567890123", "12a4", "", "１２３４"}) {
            assertThat(refusal(() -> users.create("u" + bad.length(), "U", Role.CASHIER, bad)).key())
                    .as("PIN %s", bad).isEqualTo("login.pinFormat");
        }
        assertThat(refusal(() -> users.create("nopin", "U", Role.CASHIER, null)).key()).isEqualTo("login.pinFormat");
        assertThat(users.create("long", "U", Role.CASHIER, "123456789012").username()).isEqualTo("long");
    }

    @Test
    void rolesIncludeTheRolesBelowThem() {
        assertThat(Role.ADMIN.atLeast(Role.SUPERVISOR)).isTrue();
        assertThat(Role.SUPERVISOR.atLeast(Role.SUPERVISOR)).isTrue();
        assertThat(Role.CASHIER.atLeast(Role.SUPERVISOR)).isFalse();
    }
}
