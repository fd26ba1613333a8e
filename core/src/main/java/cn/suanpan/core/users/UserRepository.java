package cn.suanpan.core.users;

import static cn.suanpan.core.store.schema.Tables.USERS;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.id.Ids;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.store.schema.tables.records.UsersRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Users of this terminal and their PIN logins, with a lockout after repeated wrong PINs. */
public final class UserRepository {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final LocalStore store;
    private final PinHasher hasher;
    private final Clock clock;

    public UserRepository(LocalStore store, PinHasher hasher, Clock clock) {
        this.store = store;
        this.hasher = hasher;
        this.clock = clock;
    }

    public User create(String username, String displayName, Role role, String pin) {
        requireValidPin(pin);
        UUID id = Ids.uuidV7(clock);
        store.dsl().insertInto(USERS)
                .set(USERS.ID, id)
                .set(USERS.USERNAME, username)
                .set(USERS.DISPLAY_NAME, displayName)
                .set(USERS.ROLE, role.name())
                .set(USERS.PIN_HASH, hasher.hash(pin))
                .execute();
        return new User(id, username, displayName, role);
    }

    public List<User> activeUsers() {
        return store.dsl().selectFrom(USERS).where(USERS.ACTIVE.isTrue()).orderBy(USERS.USERNAME).fetch(UserRepository::toUser);
    }

    /**
     * The user when the PIN is right. A wrong PIN counts towards the lockout; a locked or
     * unknown user gets the same kind of clear refusal, never a hint which part was wrong.
     */
    public User login(String username, String pin) {
        UsersRecord r = store.dsl().selectFrom(USERS).where(USERS.USERNAME.eq(username)).and(USERS.ACTIVE.isTrue()).fetchOne();
        if (r == null) {
            throw new SuanpanException("login.wrong");
        }
        Instant now = clock.instant();
        if (r.getLockedUntil() != null && now.isBefore(r.getLockedUntil())) {
            // whole minutes, rounded up: a fresh lock says 5, like the message that locked it
            long minutes = Math.max(1, (Duration.between(now, r.getLockedUntil()).toMillis() + 59_999) / 60_000);
            throw new SuanpanException("login.locked", minutes);
        }
        if (!hasher.matches(pin, r.getPinHash())) {
            int attempts = r.getFailedAttempts() + 1;
            Instant lockedUntil = attempts >= MAX_ATTEMPTS ? now.plus(LOCKOUT) : null;
            store.dsl().update(USERS)
                    .set(USERS.FAILED_ATTEMPTS, lockedUntil == null ? attempts : 0)
                    .set(USERS.LOCKED_UNTIL, lockedUntil)
                    .where(USERS.ID.eq(r.getId())).execute();
            if (lockedUntil != null) {
                throw new SuanpanException("login.locked", LOCKOUT.toMinutes());
            }
            throw new SuanpanException("login.wrongWithRemaining", MAX_ATTEMPTS - attempts);
        }
        if (r.getFailedAttempts() != 0 || r.getLockedUntil() != null) {
            store.dsl().update(USERS).set(USERS.FAILED_ATTEMPTS, 0).setNull(USERS.LOCKED_UNTIL).where(USERS.ID.eq(r.getId())).execute();
        }
        return toUser(r);
    }

    private static void requireValidPin(String pin) {
        // ASCII digits only: Character.isDigit also accepts full-width and other scripts' digits,
        // which a keypad can never type back
        if (pin == null || pin.length() < 4 || pin.length() > 12 || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new SuanpanException("login.pinFormat");
        }
    }

    private static User toUser(UsersRecord r) {
        return new User(r.getId(), r.getUsername(), r.getDisplayName(), Role.valueOf(r.getRole()));
    }
}
