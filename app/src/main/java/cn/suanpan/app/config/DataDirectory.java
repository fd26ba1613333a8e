package cn.suanpan.app.config;

import java.nio.file.Path;

/**
 * Where this terminal keeps its database, settings, logs and print queue. Defaults to
 * {@code ~/.suanpan}; the {@code --data-dir} option or the {@code SUANPAN_DATA}
 * environment variable move it (tests, a second terminal on one machine, a USB stick).
 */
public record DataDirectory(Path root) {

    public static final String ENV = "SUANPAN_DATA";

    public static DataDirectory resolve(Path option) {
        if (option != null) {
            return new DataDirectory(option.toAbsolutePath());
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return new DataDirectory(Path.of(env).toAbsolutePath());
        }
        return new DataDirectory(Path.of(System.getProperty("user.home"), ".suanpan"));
    }

    public Path database() {
        return root.resolve("db");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path settingsFile() {
        return root.resolve("suanpan.properties");
    }
}
