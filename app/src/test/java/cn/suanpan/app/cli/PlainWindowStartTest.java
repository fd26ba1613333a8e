package cn.suanpan.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The everyday window start read without picocli; everything else still goes to picocli. */
class PlainWindowStartTest {

    @Test
    void theWindowStartsOfTheLauncherAndTheScriptsAreReadDirectly() {
        assertThat(SuanpanCommand.plainWindowStart()).isPresent();
        assertThat(SuanpanCommand.plainWindowStart("ui")).isPresent();

        SuanpanCommand bench = SuanpanCommand.plainWindowStart("--data-dir", "/tmp/d", "--exit-when-ready").orElseThrow();
        assertThat(bench.dataDir).isEqualTo(Path.of("/tmp/d"));
        assertThat(bench.exitWhenReady).isTrue();
        assertThat(bench.language).isNull();

        SuanpanCommand run = SuanpanCommand.plainWindowStart("--lang=en", "--data-dir=/tmp/e", "ui", "--exit-when-ready").orElseThrow();
        assertThat(run.language).isEqualTo("en");
        assertThat(run.dataDir).isEqualTo(Path.of("/tmp/e"));
        assertThat(run.exitWhenReady).isTrue();
    }

    @Test
    void helpCommandsAndMistakesAreLeftToPicocli() {
        assertThat(SuanpanCommand.plainWindowStart("--help")).isEmpty();
        assertThat(SuanpanCommand.plainWindowStart("-V")).isEmpty();
        assertThat(SuanpanCommand.plainWindowStart("ui", "--help")).isEmpty();
        assertThat(SuanpanCommand.plainWindowStart("version")).isEmpty();
        assertThat(SuanpanCommand.plainWindowStart("--data-dir", "/tmp/d", "sale", "6999993984647")).isEmpty();
        // parent options belong before the command, as picocli has them
        assertThat(SuanpanCommand.plainWindowStart("ui", "--lang", "en")).isEmpty();
        assertThat(SuanpanCommand.plainWindowStart("--data-dir")).isEmpty();
        assertThat(SuanpanCommand.plainWindowStart("--lang", "--exit-when-ready")).isEmpty();
        assertThat(SuanpanCommand.plainWindowStart("ui", "ui")).isEmpty();
        assertThat(SuanpanCommand.plainWindowStart("--data-dir", "a", "--data-dir", "b")).isEmpty();
    }
}
