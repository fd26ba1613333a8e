package cn.suanpan.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFilesTest {

    @Test
    void findsEveryShippedMigrationInOrder() throws IOException {
        List<MigrationVersion> expected;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            expected = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V[0-9_.]+__.*\\.sql"))
                    .map(n -> MigrationVersion.fromVersion(n.substring(1, n.indexOf("__")).replace('_', '.')))
                    .sorted().toList();
        }
        assertThat(expected).isNotEmpty();
        assertThat(MigrationFiles.versions(MigrationFilesTest.class.getClassLoader())).isEqualTo(expected);
    }

    @Test
    void aFolderSeenTwiceOnTheClassPathCountsOnce(@TempDir Path dir) throws IOException {
        // two class path entries holding the same migrations, as when a jar is named again in
        // another jar's manifest: each version once, or an up-to-date store starts Flyway
        Path first = dir.resolve("a");
        Path second = dir.resolve("b");
        for (Path root : List.of(first, second)) {
            Files.createDirectories(root.resolve("db/migration"));
            Files.writeString(root.resolve("db/migration/V1__one.sql"), "select 1;");
            Files.writeString(root.resolve("db/migration/V2__two.sql"), "select 2;");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {first.toUri().toURL(), second.toUri().toURL()}, null)) {
            assertThat(MigrationFiles.versions(loader))
                    .containsExactly(MigrationVersion.fromVersion("1"), MigrationVersion.fromVersion("2"));
        }
    }
}
