package cn.suanpan.core.store;

import static cn.suanpan.core.store.schema.Tables.CATEGORY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suanpan.core.i18n.SuanpanException;
import cn.suanpan.core.i18n.UserMessage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStoreTest {

    /** The newest migration this build ships, read from the folder so adding one needs no edit here. */
    private static final String NEWEST = newestMigration();

    @TempDir
    Path tmp;

    @Test
    void createsAndMigratesANewDirectory() {
        Path dir = tmp.resolve("not/there/yet");
        try (LocalStore store = LocalStore.open(dir)) {
            assertThat(store.schemaVersion()).isEqualTo(NEWEST);
            assertThat(store.file()).isEqualTo(dir.toAbsolutePath().resolve(LocalStore.DB_NAME));
            assertThat(store.dsl().fetchCount(CATEGORY)).isZero();
        }
        assertThat(dir.resolve(LocalStore.DB_NAME + ".mv.db")).isRegularFile();
    }

    @Test
    void reopeningKeepsTheData() {
        UUID id = UUID.randomUUID();
        try (LocalStore store = LocalStore.open(tmp)) {
            store.inTransactionRun(tx -> tx.insertInto(CATEGORY)
                    .set(CATEGORY.ID, id).set(CATEGORY.CODE, "drinks").set(CATEGORY.NAME, "饮料").execute());
        }
        try (LocalStore store = LocalStore.open(tmp)) {
            assertThat(store.schemaVersion()).isEqualTo(NEWEST);
            assertThat(store.dsl().selectFrom(CATEGORY).fetch(CATEGORY.CODE)).containsExactly("drinks");
            assertThat(store.dsl().fetchValue(CATEGORY.NAME, CATEGORY.ID.eq(id))).isEqualTo("饮料");
        }
    }

    @Test
    void aTransactionThatThrowsLeavesNothing() {
        try (LocalStore store = LocalStore.open(tmp)) {
            assertThatThrownBy(() -> store.inTransactionRun(tx -> {
                tx.insertInto(CATEGORY).set(CATEGORY.ID, UUID.randomUUID()).set(CATEGORY.CODE, "x").set(CATEGORY.NAME, "x").execute();
                throw new IllegalStateException("boom");
            })).isInstanceOf(IllegalStateException.class).hasMessage("boom");
            assertThat(store.dsl().fetchCount(CATEGORY)).isZero();
        }
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsReported() throws IOException {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        assertThatThrownBy(() -> LocalStore.open(file.resolve("data")))
                .isInstanceOfSatisfying(SuanpanException.class,
                        e -> assertThat(e.userMessage().key()).isEqualTo("store.dirNotWritable"));
    }

    @Test
    void aDatabaseHeldByAnotherProcessIsRefused() throws Exception {
        Path dir = tmp.resolve("shared");
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process other = new ProcessBuilder(java, "-Xmx64m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), dir.toString())
                .redirectError(tmp.resolve("other.err").toFile())
                .start();
        try {
            awaitLine(other, HoldStore.OPEN, tmp.resolve("other.err"));

            assertThatThrownBy(() -> LocalStore.open(dir))
                    .isInstanceOfSatisfying(SuanpanException.class, e -> {
                        assertThat(e.userMessage().key()).isEqualTo("store.inUse");
                        assertThat(e.userMessage().args()).containsExactly(dir.toAbsolutePath());
                        assertThat(e.getMessage()).contains("already open in another Suanpan terminal");
                    });

            // once the other terminal has closed the database, this one may open it
            other.getOutputStream().close();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).as("other process exits").isTrue();
            assertThat(other.exitValue()).isZero();
            try (LocalStore store = LocalStore.open(dir)) {
                assertThat(store.schemaVersion()).isEqualTo(NEWEST);
            }
        } finally {
            other.destroyForcibly();
            other.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aDatabaseFromANewerReleaseIsRefusedAndLeftAlone() {
        UUID id = UUID.randomUUID();
        try (LocalStore store = LocalStore.open(tmp)) {
            store.inTransactionRun(tx -> tx.insertInto(CATEGORY)
                    .set(CATEGORY.ID, id).set(CATEGORY.CODE, "drinks").set(CATEGORY.NAME, "饮料").execute());
        }
        // a later release migrates the same file with a migration this build does not have
        Flyway newer = Flyway.configure()
                .dataSource("jdbc:h2:file:" + tmp.toAbsolutePath().resolve(LocalStore.DB_NAME), "sa", "")
                .locations("classpath:db/migration", "classpath:db/future")
                .load();
        newer.migrate();
        List<String> historyBefore = history(newer);
        assertThat(historyBefore).anyMatch(m -> m.startsWith("9999 SUCCESS"));

        assertThatThrownBy(() -> LocalStore.open(tmp))
                .isInstanceOfSatisfying(SuanpanException.class, e -> {
                    UserMessage m = e.userMessage();
                    assertThat(m.key()).isEqualTo("store.newerVersion");
                    assertThat(m.args()).containsExactly("9999", NEWEST);
                });

        assertThat(history(newer)).isEqualTo(historyBefore);
        // the refused open has let go of the file: the newer release can still use it as it was
        try (var connection = newer.getConfiguration().getDataSource().getConnection()) {
            var dsl = org.jooq.impl.DSL.using(connection);
            assertThat(dsl.fetchValue(CATEGORY.CODE, CATEGORY.ID.eq(id))).isEqualTo("drinks");
            assertThat(dsl.meta().getTables("FUTURE_FEATURE")).hasSize(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> history(Flyway flyway) {
        return java.util.Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() != MigrationState.PENDING)
                .map(LocalStoreTest::describe)
                .toList();
    }

    private static String describe(MigrationInfo m) {
        return m.getVersion() + " " + m.getState() + " " + m.getChecksum() + " " + m.getInstalledOn();
    }

    private static void awaitLine(Process process, String expected, Path stderr) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.equals(expected)) {
                return;
            }
        }
        int exit = waitExit(process);
        throw new AssertionError("the other process ended before opening the store (exit " + exit + "):\n"
                + Files.readString(stderr));
    }

    private static int waitExit(Process process) {
        try {
            process.waitFor(30, TimeUnit.SECONDS);
            return process.isAlive() ? -1 : process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String newestMigration() {
        Pattern versioned = Pattern.compile("V(\\d+)__.+\\.sql");
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            return files.map(f -> versioned.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1)))
                    .max().stream().mapToObj(Integer::toString).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
