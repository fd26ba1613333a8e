package cn.suanpan.core.secrets;

import static cn.suanpan.core.store.schema.Tables.SYNC_ENROLMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.store.LocalStore;
import cn.suanpan.core.sync.SyncState;
import cn.suanpan.core.sync.SyncState.Enrolment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretSealTest {

    @TempDir
    Path dir;

    @Test
    void theKeyFileIsMadeOnceAndOwnerOnly() throws Exception {
        Path file = dir.resolve("keys/sync.key");
        SecretSeal seal = SecretSeal.keyFile(file, "t");
        String sealed = seal.seal("s3cret");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(sealed).startsWith(SecretSeal.PREFIX).doesNotContain("s3cret");
        assertThat(seal.seal("s3cret")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(SecretSeal.keyFile(file, "t").open(sealed)).as("the same key on the next start").isEqualTo("s3cret");
    }

    @Test
    void aKeyFileOthersCouldReadIsTightened() throws Exception {
        Path file = dir.resolve("sync.key");
        SecretSeal.keyFile(file, "t");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        SecretSeal.keyFile(file, "t");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void aSealedValueOpensOnlyWithItsKeyAndForItsPurpose() {
        String sealed = SecretSeal.keyFile(dir.resolve("a.key"), "terminal-secret").seal("s3cret");

        assertThatThrownBy(() -> SecretSeal.keyFile(dir.resolve("b.key"), "terminal-secret").open(sealed))
                .isInstanceOfSatisfying(SuanpanException.class, e -> assertThat(e.userMessage().key()).isEqualTo("secret.unreadable"));
        assertThatThrownBy(() -> SecretSeal.keyFile(dir.resolve("a.key"), "other-purpose").open(sealed))
                .isInstanceOf(SuanpanException.class);
        assertThat(SecretSeal.keyFile(dir.resolve("a.key"), "x").open("plain-old")).as("written before sealing").isEqualTo("plain-old");
    }

    @Test
    void theTerminalsSecretIsNotInItsDatabaseInTheClear() {
        SecretSeal seal = SecretSeal.keyFile(dir.resolve("sync.key"), "terminal-secret");
        Enrolment e = new Enrolment("http://cloud", UUID.randomUUID(), UUID.randomUUID(), "店", "the-signing-secret", Instant.EPOCH);
        try (LocalStore store = LocalStore.open(dir.resolve("db"))) {
            store.inTransactionRun(tx -> SyncState.saveEnrolment(tx, e, seal));

            String column = store.dsl().select(SYNC_ENROLMENT.SECRET).from(SYNC_ENROLMENT).fetchSingle(SYNC_ENROLMENT.SECRET);
            assertThat(column).doesNotContain("the-signing-secret");
            assertThat(SyncState.enrolment(store.dsl(), seal)).contains(e);

            // a store enrolled before secrets were sealed: still works, and is sealed on the next start
            store.dsl().update(SYNC_ENROLMENT).set(SYNC_ENROLMENT.SECRET, "old-clear-secret").execute();
            assertThat(SyncState.enrolment(store.dsl(), seal).orElseThrow().secret()).isEqualTo("old-clear-secret");
            boolean sealedNow = store.inTransaction(tx -> SyncState.sealClearSecret(tx, seal));
            assertThat(sealedNow).isTrue();
            assertThat(store.dsl().select(SYNC_ENROLMENT.SECRET).from(SYNC_ENROLMENT).fetchSingle(SYNC_ENROLMENT.SECRET))
                    .startsWith(SecretSeal.PREFIX);
            assertThat(SyncState.enrolment(store.dsl(), seal).orElseThrow().secret()).isEqualTo("old-clear-secret");
            boolean sealedAgain = store.inTransaction(tx -> SyncState.sealClearSecret(tx, seal));
            assertThat(sealedAgain).isFalse();
        }
    }
}
