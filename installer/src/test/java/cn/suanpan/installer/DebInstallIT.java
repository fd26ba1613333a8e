package cn.suanpan.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Installs the built .deb with dpkg, starts the installed launcher until its cashier
 * screen has rendered, and removes the package again. Needs root and dpkg, as in CI.
 */
class DebInstallIT {

    private static final Path INSTALLED_LAUNCHER = Path.of("/opt/suanpan/bin/Suanpan");

    @Test
    void installedPackageStartsAndRemovesCleanly(@org.junit.jupiter.api.io.TempDir Path data) throws Exception {
        assumeTrue(isRoot(), "installing a .deb needs root (CI runs as root)");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dpkg")), "needs dpkg");
        Path deb;
        try (var files = Files.list(Path.of(System.getProperty("package.dir")))) {
            deb = files.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        assumeTrue(!Files.exists(INSTALLED_LAUNCHER), "a suanpan package is already installed on this machine; not touching it");
        // The package registers its desktop entry with xdg-desktop-menu, which needs the system
        // menu folders that every desktop has but a minimal server image lacks.
        Files.createDirectories(Path.of("/etc/xdg/menus"));
        Files.createDirectories(Path.of("/usr/share/desktop-directories"));
        try {
            Result install = run(List.of("dpkg", "-i", deb.toString()), 300);
            assertThat(install.code()).as(install.output()).isZero();
            assertThat(INSTALLED_LAUNCHER).isExecutable();
            assertThat(Path.of("/usr/share/applications")).isDirectoryContaining("glob:**suanpan*.desktop");

            Result start = run(List.of(INSTALLED_LAUNCHER.toString(), "--data-dir", data.toString(), "--exit-when-ready"), 180);
            assertThat(start.code()).as(start.output()).isZero();
            assertThat(start.output()).containsPattern("(?m)^READY \\d+$");
            assertThat(data.resolve("db/suanpan.mv.db")).exists();

            Result size = run(List.of("dpkg-query", "-W", "-f=${Installed-Size}", "suanpan"), 30);
            System.out.println("Installed size: " + size.output().strip() + " KiB");
        } finally {
            Result remove = run(List.of("dpkg", "--purge", "suanpan"), 120);
            assertThat(remove.code()).as(remove.output()).isZero();
            assertThat(INSTALLED_LAUNCHER).doesNotExist();
        }
    }

    private static boolean isRoot() {
        try {
            return "0".equals(run(List.of("id", "-u"), 10).output().strip());
        } catch (Exception e) {
            return false;
        }
    }

    record Result(int code, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Path log = Files.createTempFile("suanpan-it", ".log");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command + "\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
