package cn.suanpan.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

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
}
